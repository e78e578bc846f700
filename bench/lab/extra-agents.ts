/**
 * Run inside the lab namespace (`ip netns exec invlab node --import tsx bench/lab/extra-agents.ts ...`):
 * starts net-snmp agents on lab addresses that have no snmpd, for the cases snmpd cannot play:
 *   slow:<address>   answers after BENCH_SLOW_MS (default 2500 ms), community "public"
 *   other:<address>  answers at once, but only to the community "other"
 * Prints "ready" once every agent listens; stops on SIGTERM.
 */
import { startSimulatedDevice, type SimulatedDevice } from '../../spec/support/snmp-agents';

async function main(): Promise<void> {
  const slowMs = Number(process.env.BENCH_SLOW_MS ?? 2500);
  const devices: SimulatedDevice[] = [];
  for (const spec of process.argv.slice(2)) {
    const [role, address] = spec.split(':') as [string, string];
    const profile =
      role === 'slow'
        ? { kind: 'linux-host' as const, sysName: `slow-${address}`, community: 'public', responseDelayMs: slowMs }
        : { kind: 'switch' as const, sysName: `other-${address}`, community: 'other' };
    devices.push(await startSimulatedDevice(profile, { address }));
  }
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void Promise.all(devices.map((device) => device.close())).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
