/**
 * bench:scan's figures for one target, printed side by side with the reference tools, what the
 * collector missed (with each step's detail), and the target's PASS/FAIL line.
 */
import path from 'node:path';
import type { LabPeer } from './lab/snmpsim-peers';
import type { EquipmentDetail, ScanResult, ScanRun } from './scan-api';
import type { Target } from './scan';
import { describeAnonymousMemory, describeHeap, HEAP_READING_SECONDS, heapCommittedBytes, RSS_READING_MS, type AnonymousMemory, type HeapFigures } from './server-memory';

export interface TargetFigures {
  target: Target;
  run: ScanRun;
  pollSeconds: number;
  peakRssBytes: number;
  /** The server's VmRSS when the scan started, and read every RSS_READING_MS while it ran (seconds from its start). */
  rss: { beforeBytes: number; peakBeforeBytes: number; samples: { at: number; bytes: number; anonBytes: number; fileBytes: number }[] };
  /** The server's V8 heap, read from its /metrics during the scan and once at its end. */
  heap: { samples: HeapFigures[]; atEnd: HeapFigures | undefined; anonymousAtEnd: AnonymousMemory | undefined };
  /** CPU the scan cost (the server's, and the lab peers' by command), and the machine's 1-minute load average around it. */
  cpu: { serverSeconds: number; labSeconds: Record<string, number>; loadBefore: number; loadAfter: number };
  /** One address per lab snmpd that still did not answer when the scan started. */
  snmpdSilent: string[];
  alive: string[];
  snmpd: string[];
  extraSpecs: string[];
  peers: LabPeer[];
  peerEquipment: Map<string, EquipmentDetail | undefined>;
  results: ScanResult[];
  stored: number;
  /** Our scan of the same range with SNMP off, after the full one. */
  pingOnly?: { seconds: number; alive: number };
  /** The same scan by another checkout's server (BENCH_SCAN_PREVIOUS), after ours. */
  previous?: { root: string; seconds: number; peakRssBytes: number; serverSeconds: number; counts: ScanRun['counts']; anonymousAtEnd: AnonymousMemory | undefined };
  silentPeers: LabPeer[];
  silentSnmpd: string[];
  deadProcesses: string[];
  reference: Partial<Record<'fping' | 'nmap' | 'fusion', { seconds: number; found: number }>>;
  warnings: string[];
  verdict?: string;
}

const MB = 1048576;
const write = (line: string) => process.stdout.write(`${line}\n`);
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

function steps(result: ScanResult | undefined): string {
  return result ? result.steps.map((step) => `${step.name} ${step.status} ${step.durationMs} ms: ${step.detail}`).join(' | ') : 'no result';
}

function wallSeconds(figures: TargetFigures): number {
  const { run } = figures;
  return run.finishedAt ? (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000 : figures.pollSeconds;
}

/**
 * Whether the collector identified the host: an SNMP inventory stored on an equipment, and for a
 * snmpsimd peer its own sysName in the SNMP step (the equipment may be another host's it merged into).
 */
function identified(figures: TargetFigures, address: string, peer?: LabPeer): boolean {
  const result = figures.results.find((item) => item.address === address);
  if (result?.method !== 'snmp' || !result.equipmentId) {
    return false;
  }
  return !peer || (result.steps.find((step) => step.name === 'snmp')?.detail.includes(`answered: ${peer.sysName},`) ?? false);
}

export function reportTarget(figures: TargetFigures, all: readonly TargetFigures[]): void {
  const { target, run, results, peers } = figures;
  const wall = wallSeconds(figures);
  const aliveSet = new Set(figures.alive);
  const foundAlive = results.filter((result) => result.alive && aliveSet.has(result.address)).length;
  const strayAlive = results.filter((result) => result.alive && !aliveSet.has(result.address)).length;
  const answering = peers.filter((peer) => peer.role !== 'no-community');
  const extraAddresses = figures.extraSpecs.map((spec) => spec.split(':')[1] ?? '');
  const expected = [...figures.snmpd.map((address) => ({ address, peer: undefined as LabPeer | undefined, role: 'snmpd' })), ...answering.map((peer) => ({ address: peer.address, peer, role: peer.role })), ...extraAddresses.map((address) => ({ address, peer: undefined, role: 'net-snmp extra' }))];
  const hits = expected.filter((host) => identified(figures, host.address, host.peer));
  const misses = expected.filter((host) => !hits.includes(host));
  const rssMb = figures.peakRssBytes / MB;

  write(`\n=== ${target.label} ${target.prefix}: ${run.counts.targets ?? '?'} addresses, ${figures.alive.length} alive, ${expected.length} answering SNMP (snmpd ${figures.snmpd.length}, snmpsimd ${answering.length} of which ${peers.filter((p) => p.role === 'slow').length} slow, ${peers.filter((p) => p.role === 'other-community').length} on the 2nd community, net-snmp ${extraAddresses.length}), ${peers.filter((p) => p.role === 'no-community').length} alive on a community we lack; SNMP ${target.snmpTimeoutMs} ms × ${target.snmpRetries + 1}`);
  write(`  ${'tool'.padEnd(44)} ${'wall'.padStart(8)}   found`);
  write(`  ${'ours (ping + SNMP, server child)'.padEnd(44)} ${wall.toFixed(1).padStart(7)} s   ${foundAlive}/${figures.alive.length} alive (${percent(foundAlive, figures.alive.length)})${strayAlive ? ` +${strayAlive} not in the lab` : ''}, ${hits.length}/${expected.length} SNMP identified (${percent(hits.length, expected.length)}), peak RSS ${rssMb.toFixed(0)} MB`);
  const { samples } = figures.rss;
  if (samples.length > 0) {
    const top = samples.reduce((best, sample) => (sample.bytes > best.bytes ? sample : best));
    const at = (share: number) => samples[Math.min(samples.length - 1, Math.floor(share * samples.length))] as { bytes: number };
    write(`  server RSS over the scan: ${(figures.rss.beforeBytes / MB).toFixed(0)} MB before (VmHWM ${(figures.rss.peakBeforeBytes / MB).toFixed(0)} MB); at a quarter, half, three quarters and the end ${[0.25, 0.5, 0.75, 1].map((share) => (at(share).bytes / MB).toFixed(0)).join(', ')} MB; highest sample ${(top.bytes / MB).toFixed(0)} MB at +${top.at.toFixed(1)} s (anonymous ${(top.anonBytes / MB).toFixed(1)} MB, file-backed ${(top.fileBytes / MB).toFixed(1)} MB); VmHWM ${rssMb.toFixed(0)} MB`);
    // Every second sample: where the climbs are, to set beside the server log's host timings.
    write(`  server RSS every ${((2 * RSS_READING_MS) / 1000).toFixed(0)} s, MB: ${samples.filter((_, index) => index % 2 === 0).map((sample) => (sample.bytes / MB).toFixed(0)).join(' ')}`);
  }
  const heapTop = figures.heap.samples.reduce<HeapFigures | undefined>((best, sample) => (best && heapCommittedBytes(best) >= heapCommittedBytes(sample) ? best : sample), undefined);
  if (heapTop) {
    write(`  server V8 heap, largest reading (+${heapTop.at.toFixed(0)} s): ${describeHeap(heapTop)}`);
  }
  const stall = figures.heap.samples.reduce<HeapFigures | undefined>((worst, sample) => (worst && worst.eventLoopLagMaxSeconds >= sample.eventLoopLagMaxSeconds ? worst : sample), undefined);
  if (stall) {
    write(`  server event loop: longest stall ${(stall.eventLoopLagMaxSeconds * 1000).toFixed(0)} ms, in the ${HEAP_READING_SECONDS} s before +${stall.at.toFixed(0)} s (per reading: ${figures.heap.samples.map((sample) => (sample.eventLoopLagMaxSeconds * 1000).toFixed(0)).join(', ')} ms)`);
  }
  if (figures.heap.samples.length > 0) {
    // When V8's old space grew: a steady climb over the run, or a jump at one burst.
    const oldSpace = (sample: HeapFigures) => sample.spaces.old ?? { usedBytes: 0, totalBytes: 0 };
    write(`  server V8 old space per reading, used/committed MB: ${figures.heap.samples.map((sample) => `${(oldSpace(sample).usedBytes / MB).toFixed(0)}/${(oldSpace(sample).totalBytes / MB).toFixed(0)}`).join(', ')}`);
    // Whether slow agents fill the slots (and memory grows with the hosts held): on the lab's /16 they stay at 0-14 of 128.
    write(`  server hosts in flight per reading: ${figures.heap.samples.map((sample) => sample.hostsInFlight ?? '?').join(', ')}`);
  }
  if (figures.heap.atEnd) {
    write(`  server V8 heap at the end: ${describeHeap(figures.heap.atEnd)}`);
  }
  if (figures.heap.anonymousAtEnd) {
    write(`  server anonymous memory at the end: ${describeAnonymousMemory(figures.heap.anonymousAtEnd)}`);
  }
  if (figures.pingOnly) {
    write(`  ${'ours, ping only (SNMP off, same server)'.padEnd(44)} ${figures.pingOnly.seconds.toFixed(1).padStart(7)} s   ${figures.pingOnly.alive} alive`);
  }
  if (figures.previous) {
    const { previous } = figures;
    write(`  ${`previous (${path.basename(previous.root)})`.padEnd(44)} ${previous.seconds.toFixed(1).padStart(7)} s   ${previous.counts.alive ?? 0} alive, ${previous.counts.snmp ?? 0} SNMP, peak RSS ${(previous.peakRssBytes / MB).toFixed(0)} MB, server CPU ${previous.serverSeconds.toFixed(1)} s${previous.anonymousAtEnd ? `; at the end ${describeAnonymousMemory(previous.anonymousAtEnd)}` : ''}`);
  }
  for (const [tool, figure] of Object.entries(figures.reference)) {
    const label = { fping: `fping -a -q -r0 -t 1000 -i 1 -g ${target.prefix}`, nmap: `nmap -sn -n ${target.prefix}`, fusion: 'fusioninventory-netdiscovery --threads 64 --timeout 1' }[tool as 'fping'];
    write(`  ${label.padEnd(44)} ${figure.seconds.toFixed(1).padStart(7)} s   ${Number.isNaN(figure.found) ? '(see its XML)' : `${figure.found} alive`}`);
  }
  if (figures.snmpdSilent.length > 0) {
    write(`  WARNING: ${figures.snmpdSilent.length} of ${Math.ceil(figures.snmpd.length / 100)} lab snmpd processes did not answer within a minute before the scan (e.g. ${figures.snmpdSilent[0]}): their hosts' SNMP figures say nothing of the collector`);
  }
  const { cpu } = figures;
  write(`  CPU during our scan: server ${cpu.serverSeconds.toFixed(1)} s, lab peers ${Object.entries(cpu.labSeconds).map(([command, seconds]) => `${command} ${seconds.toFixed(1)} s`).join(', ') || '—'}; load average ${cpu.loadBefore.toFixed(1)} before, ${cpu.loadAfter.toFixed(1)} after`);
  write(`  run: ${run.status}, counts ${JSON.stringify(run.counts)}, ${figures.stored} equipment stored${run.notes.length ? `, notes: ${run.notes.join('; ')}` : ''}`);
  const typed = answering.filter((peer) => peer.expectedType && figures.peerEquipment.get(peer.address));
  const typeRight = typed.filter((peer) => figures.peerEquipment.get(peer.address)?.type === peer.expectedType);
  write(`  snmpsimd devices typed as their recording says: ${typeRight.length}/${typed.length}; wrong: ${typed.filter((peer) => !typeRight.includes(peer)).map((peer) => `${peer.recording} ${figures.peerEquipment.get(peer.address)?.type} (is ${peer.expectedType})`).join(', ') || 'none'}`);
  const merged = answering.filter((peer) => figures.peerEquipment.get(peer.address) && figures.peerEquipment.get(peer.address)?.name !== peer.sysName);
  for (const peer of merged) {
    write(`  MERGED ${peer.address} ${peer.recording} (${peer.sysName}) is stored on the equipment named ${figures.peerEquipment.get(peer.address)?.name}`);
  }
  for (const miss of misses.slice(0, 20)) {
    write(`  MISS ${miss.address} (${miss.role}${miss.peer ? ` ${miss.peer.recording}` : ''}): ${steps(results.find((r) => r.address === miss.address))}`);
  }
  for (const peer of peers.filter((p) => p.role === 'slow' || p.role === 'many-addresses' || p.role === 'no-community')) {
    const result = results.find((r) => r.address === peer.address);
    const at = result ? ((Date.parse(result.createdAt) - Date.parse(run.startedAt)) / 1000).toFixed(1) : '?';
    const detail = figures.peerEquipment.get(peer.address);
    const addresses = detail?.inventory.networkInterfaces?.reduce((sum, nic) => sum + (nic.ipv4?.length ?? 0), 0);
    const extra = peer.role === 'many-addresses' ? ` — stored ${addresses ?? 0} IPv4 of ${(peer.addressCount ?? 0) + 2}, truncated ${JSON.stringify(detail?.inventory.truncated ?? {})}` : '';
    write(`  ${peer.role} ${peer.address} ${peer.recording} (recorded at +${at} s): ${steps(result)}${extra}`);
  }
  const slowest = [...results].sort((a, b) => b.steps.reduce((s, x) => s + x.durationMs, 0) - a.steps.reduce((s, x) => s + x.durationMs, 0)).slice(0, 3);
  write(`  slowest hosts: ${slowest.map((r) => `${r.address} ${r.steps.reduce((s, x) => s + x.durationMs, 0)} ms`).join(', ')}`);
  const agentsOk = figures.silentPeers.length === 0 && figures.silentSnmpd.length === 0 && figures.deadProcesses.length === 0;
  write(`  agents answering after the scan: ${agentsOk ? 'all' : `NOT all: ${figures.silentPeers.map((p) => `${p.address} ${p.sysName}`).join(', ')} ${figures.silentSnmpd.length} snmpd addresses ${figures.deadProcesses.join(' ')}`}`);
  for (const warning of figures.warnings) {
    write(`  server warning: ${warning.slice(0, 300)}`);
  }

  const checks: [string, boolean][] = [
    [`live ${percent(foundAlive, figures.alive.length)}`, foundAlive === figures.alive.length],
    [`SNMP identified ${percent(hits.length, expected.length)}`, hits.length === expected.length],
    ['agents answering after', agentsOk],
  ];
  if (target.label === '/20') {
    const fping = figures.reference.fping?.seconds;
    checks.unshift([`wall ${wall.toFixed(1)} s vs 2 × fping ${fping ? (2 * fping).toFixed(1) : '?'} s`, fping !== undefined && wall <= 2 * fping], [`peak RSS ${rssMb.toFixed(0)} MB < 200 MB`, rssMb < 200]);
  } else if (target.label === '/24') {
    const nmap = figures.reference.nmap?.seconds;
    checks.unshift([`wall ${wall.toFixed(1)} s vs 2 × nmap -sn ${nmap ? (2 * nmap).toFixed(1) : '?'} s`, nmap !== undefined && wall <= 2 * nmap]);
  } else {
    const twenty = all.find((figure) => figure.target.label === '/20');
    const twentyMb = twenty ? twenty.peakRssBytes / MB : undefined;
    checks.unshift([`wall ${wall.toFixed(1)} s < 300 s`, wall < 300], [`peak RSS ${rssMb.toFixed(0)} MB ≤ /20's ${twentyMb?.toFixed(0) ?? '?'} MB`, twentyMb !== undefined && rssMb <= twentyMb]);
    // The /20 ends after about 10 s: where the /16 stood at that age tells growth with the run's length from a higher level.
    const twentyWall = twenty ? wallSeconds(twenty) : undefined;
    const atTwentysAge = twentyWall === undefined ? undefined : figures.rss.samples.find((sample) => sample.at >= twentyWall);
    if (twenty && twentyWall !== undefined && atTwentysAge) {
      write(`  /16 RSS at the /20's length (+${twentyWall.toFixed(1)} s): ${(atTwentysAge.bytes / MB).toFixed(0)} MB, against the /20's peak ${(twenty.peakRssBytes / MB).toFixed(0)} MB`);
    }
  }
  figures.verdict = `${checks.every(([, ok]) => ok) ? 'PASS' : 'FAIL'} ${target.label}: ${checks.map(([what, ok]) => `${what} ${ok ? 'ok' : 'FAIL'}`).join('; ')}`;
  write(figures.verdict);
}
