import type { SnmpEvidence } from './types';
import type { Vote } from './vote';

// IANAifType-MIB (IANA's ifType registry).
const IF_TYPE_ETHERNET = 6;
const IF_TYPE_IEEE80211 = 71;
/** Ethernet interfaces from which a device without BRIDGE-MIB looks like a switch (24- and 48-port panels, 16-port desktops). */
const MANY_ETHERNET_PORTS = 16;

/** BRIDGE-MIB, interface types and forwarding: what the device does with packets. */
export function topologyVotes(evidence: SnmpEvidence): Vote[] {
  const votes: Vote[] = [];
  const ifTypes = evidence.ifTypes ?? [];
  const ethernet = ifTypes.filter((ifType) => ifType === IF_TYPE_ETHERNET).length;
  const bridgePorts = evidence.bridgePorts ?? 0;
  if (bridgePorts >= 8 && ethernet >= 8) {
    votes.push({ type: 'Switch', weight: 30, why: `BRIDGE-MIB bridges ${bridgePorts} ports over ${ethernet} ethernet interfaces` });
  }
  // Without BRIDGE-MIB to read, the port count alone: a switch's front panel, not a host's few ports. Not when the
  // device forwards IP: a layer-3 switch and a many-port router (a BRAS, a carrier edge) look the same there.
  if (bridgePorts < 8 && ethernet >= MANY_ETHERNET_PORTS && !evidence.ipForwarding && !ifTypes.includes(IF_TYPE_IEEE80211)) {
    votes.push({ type: 'Switch', weight: 10, why: `${ethernet} ethernet interfaces` });
  }
  if (ifTypes.includes(IF_TYPE_IEEE80211) && ethernet <= 2) {
    votes.push({ type: 'AccessPoint', weight: 15, why: 'an 802.11 radio interface and at most two ethernet ports' });
  }
  if (evidence.ipForwarding && bridgePorts < 8) {
    votes.push({ type: 'Router', weight: 10, why: 'ipForwarding is on' });
  }
  votes.push(...interfaceKindVotes(ifTypes, evidence.ipForwarding === true));
  const services = evidence.sysServices;
  if (services !== undefined && (services & 0b10) !== 0 && (services & 0b100) === 0 && (services & 0b1000000) === 0) {
    votes.push({ type: 'Switch', weight: 10, why: 'sysServices says datalink (layer 2) only' });
  }
  return votes;
}

// IANAifType-MIB (IANA's ifType registry) values of access and transport media.
const IF_TYPES_DSL = new Set([94, 97, 169, 230, 238, 251]); // adsl, vdsl, shdsl, adsl2, adsl2plus, vdsl2
const IF_TYPES_DOCSIS = new Set([127, 128, 129, 205, 229, 256]); // docsCableMaclayer, -Downstream, -Upstream, -UpstreamChannel, -MCmtsDownstream, -UpstreamRfPort
const IF_TYPES_GPON = new Set([250]); // gpon
const IF_TYPES_WWAN = new Set([243, 244]); // wwanPP (3GPP), wwanPP2 (3GPP2)
const IF_TYPES_CAPWAP = new Set([252, 253, 254]); // capwapDot11Profile, capwapDot11Bss, capwapWtpVirtualRadio
const IF_TYPE_WIMAX = 237; // ieee80216WMAN
const IF_TYPES_OPTICAL = new Set([195, 219]); // opticalChannel, opticalChannelGroup
/** DSL ports from which a device is a DSLAM (its line cards), below which a modem or gateway (one or two lines). */
const DSLAM_PORTS = 8;

/** What the interfaces' media say the device is: weak votes (15), which any specific lead or a Linux banner outweighs. */
function interfaceKindVotes(ifTypes: readonly number[], forwardsIp: boolean): Vote[] {
  const count = (types: ReadonlySet<number>) => ifTypes.filter((ifType) => types.has(ifType)).length;
  const votes: Vote[] = [];
  const dsl = count(IF_TYPES_DSL);
  if (dsl >= DSLAM_PORTS) {
    votes.push({ type: 'Switch', weight: 15, why: `${dsl} DSL ports: a DSLAM` });
  } else if (dsl > 0) {
    votes.push({ type: 'Router', weight: 15, why: 'a DSL line: a DSL modem or gateway' });
  }
  if (count(IF_TYPES_DOCSIS) > 0) {
    votes.push({ type: 'Router', weight: 15, why: 'DOCSIS interfaces: a cable modem, gateway or CMTS' });
  }
  const gpon = count(IF_TYPES_GPON);
  if (gpon >= 2) {
    votes.push({ type: 'Switch', weight: 15, why: `${gpon} GPON ports: an OLT` });
  }
  if (count(IF_TYPES_WWAN) > 0) {
    votes.push({ type: 'Router', weight: 15, why: 'a cellular (3GPP WWAN) interface: a cellular router' });
  }
  // Not when it forwards IP: a home router lists its SSIDs as CAPWAP BSS interfaces too.
  if ((count(IF_TYPES_CAPWAP) > 0 || ifTypes.includes(IF_TYPE_WIMAX)) && !forwardsIp) {
    votes.push({ type: 'AccessPoint', weight: 15, why: 'CAPWAP WLAN or WiMAX interfaces: a wireless controller, base station or access point' });
  }
  if (count(IF_TYPES_OPTICAL) > 0) {
    votes.push({ type: 'Switch', weight: 15, why: 'optical channels: an optical transport platform' });
  }
  return votes;
}
