import { startSimulatedDevice, type SimulatedDevice } from './snmp-agents';
import { startSnmpd, type SnmpdPeer } from './snmpd';

/**
 * The SNMP peers the identity corpus scans, started once and shared by every scenario
 * (each scenario has its own server and database): Debian's snmpd on 127.0.40.x, a
 * net-snmp simulated Linux host on 127.0.41.x. Other spec files use 127.0.10-13.x.
 *
 * snmpd on loopback reports the host's own interfaces (here all locally administered,
 * elsewhere maybe a real NIC shared by every peer) and its 900 packages: each snmpd is
 * given a view of the system group and its engine ID only, as a locked-down switch or
 * access point answers. So snmpd cannot carry a machine's MAC address; the simulated host
 * can (ifPhysAddress 00:16:3E + the last three octets of its address).
 */

/** snmpEngineID of an agent that was never configured: zeros, no identity (RFC 3411 §5). */
const UNSET_ENGINE = '0000000000';
const ENGINE_VIEW = ['.1.3.6.1.6.3.10.2.1'];

interface SnmpdPlan {
  name: string;
  addresses: readonly [string, ...string[]];
  sysName: string;
  engineId: string;
}

const SNMPD_PLANS: readonly SnmpdPlan[] = [
  // Two switches out of the box: default sysName, their own engine IDs (Cisco format 3: enterprise 9 + a MAC).
  { name: 'switch-a', addresses: ['127.0.40.11'], sysName: 'Switch', engineId: '800000090300001b54a10101' },
  { name: 'switch-b', addresses: ['127.0.40.12'], sysName: 'Switch', engineId: '800000090300001b54a20202' },
  // Devices that hide their name and never set an engine ID: only their address tells them apart.
  { name: 'private-a', addresses: ['127.0.40.21'], sysName: '<private>', engineId: UNSET_ENGINE },
  { name: 'private-b', addresses: ['127.0.40.22'], sysName: '<private>', engineId: UNSET_ENGINE },
  // Two access points with the factory sysName and no engine ID.
  { name: 'ap-a', addresses: ['127.0.40.31'], sysName: 'AP', engineId: UNSET_ENGINE },
  { name: 'ap-b', addresses: ['127.0.40.32'], sysName: 'AP', engineId: UNSET_ENGINE },
  // A multi-homed file server: one agent answering on both of its addresses.
  { name: 'files', addresses: ['127.0.40.41', '127.0.40.42'], sysName: 'srv-files', engineId: '80001f880380a1b2c3d4e5' },
  // A printer before and after DHCP gave it a new address: the same agent, so the same engine ID.
  { name: 'printer-before', addresses: ['127.0.40.51'], sysName: 'PRN-2F-WEST', engineId: '8000000b03001b78aabb01' },
  { name: 'printer-after', addresses: ['127.0.40.52'], sysName: 'PRN-2F-WEST', engineId: '8000000b03001b78aabb01' },
  // A core switch two network connections both cover.
  { name: 'core', addresses: ['127.0.40.61'], sysName: 'core-sw2.corp.example', engineId: '800000090300001b54c0ffee' },
];

/** The net-snmp Linux host that is the corpus's "same machine through every way in" (its MAC is 00:16:3E:00:29:0E). */
export const LAB_HOST = { name: 'lab-host', address: '127.0.41.14', sysName: 'ws-lab-14', mac: '00:16:3E:00:29:0E' } as const;

export interface CorpusPeers {
  /** The address a peer answers at: `name` for its first address, `name@2` for its second. */
  address(target: string): string;
  stop(): Promise<void>;
}

export async function startCorpusPeers(): Promise<CorpusPeers> {
  const addresses = new Map<string, string>();
  const started: (SnmpdPeer | SimulatedDevice)[] = [];
  const stopAll = () => Promise.all(started.map((peer) => ('stop' in peer ? peer.stop() : peer.close())));
  try {
    await Promise.all(
      SNMPD_PLANS.map(async (plan) => {
        const [first, ...more] = plan.addresses;
        started.push(await startSnmpd({ address: first, moreAddresses: more, sysName: plan.sysName, engineId: plan.engineId, view: ENGINE_VIEW, community: 'public' }));
        plan.addresses.forEach((address, index) => addresses.set(index === 0 ? plan.name : `${plan.name}@${index + 1}`, address));
      }),
    );
    started.push(await startSimulatedDevice({ kind: 'linux-host', sysName: LAB_HOST.sysName, community: 'public' }, { address: LAB_HOST.address }));
    addresses.set(LAB_HOST.name, LAB_HOST.address);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    address: (target) => {
      const address = addresses.get(target);
      if (!address) {
        throw new Error(`no corpus peer named ${target}`);
      }
      return address;
    },
    stop: async () => {
      await stopAll();
    },
  };
}
