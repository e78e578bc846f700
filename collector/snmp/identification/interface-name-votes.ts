import type { SnmpEvidence } from './types';
import type { Vote } from './vote';

/**
 * Interface names (ifDescr) that only gateways carry, whatever OS banner they show: the Linux they run
 * names its interfaces by conventions a server does not meet.
 * - `br-lan`: the LAN bridge OpenWrt creates for its `lan` network (OpenWrt's network configuration,
 *   openwrt.org/docs/guide-user/base-system/basic-networking), kept by the router firmwares built on it.
 * - `wwan0`: a cellular modem's network device, as Linux's WWAN drivers (qmi_wwan, cdc_mbim, the wwan
 *   subsystem) name it: a cellular router.
 * Weighed as a product line named in sysDescr would be (the Linux banner then counts as an appliance's).
 */
const GATEWAY_INTERFACE_NAMES: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^br-lan$/, why: "an interface named br-lan: OpenWrt's LAN bridge, a router firmware" },
  { pattern: /^wwan\d+$/, why: 'a cellular modem interface (wwan): a cellular router' },
];
const GATEWAY_INTERFACE_WEIGHT = 25;

export function interfaceNameVotes(evidence: SnmpEvidence): Vote[] {
  const names = evidence.ifNames ?? [];
  const hint = GATEWAY_INTERFACE_NAMES.find((candidate) => names.some((name) => candidate.pattern.test(name.trim())));
  return hint ? [{ type: 'Router', weight: GATEWAY_INTERFACE_WEIGHT, why: hint.why }] : [];
}
