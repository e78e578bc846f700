/**
 * One phase of bench:native-agents: OCS agents' requests to POST /ocsinventory, `concurrency` at a
 * time (a closed loop: each worker sends its next run once the last is answered), until `maxRuns`
 * runs or `maxSeconds`, whichever comes first; runs in flight then finish, so every answer is counted.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { inflateSync } from 'node:zlib';
import type { OcsMachine } from './ocs-machines';

export interface NativeLoad {
  url: string;
  /** The `Authorization` header: Basic office-agent:<secret>. */
  authorization: string;
  userAgent: string;
  concurrency: number;
  maxRuns: number;
  maxSeconds: number;
  /** Run number n is machine n mod machines.length. */
  machines: readonly OcsMachine[];
  /** `prolog`: a PROLOG only; `inventory`: a PROLOG then the INVENTORY whatever it answered, as `--force` does. */
  run: 'prolog' | 'inventory';
}

export interface Latencies {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface NativeLoadResult {
  runs: number;
  seconds: number;
  runsPerSecond: number;
  prolog: Latencies;
  inventory: Latencies;
  /** What the answers said (SEND, STOP, NO_ACCOUNT_UPDATE) and how the others failed (HTTP status, error code). */
  answers: Record<string, number>;
  failures: number;
  /** Indexes of the machines whose INVENTORY was answered NO_ACCOUNT_UPDATE. */
  stored: Set<number>;
  /** Indexes of the machines whose PROLOG was answered: each is an agent. */
  contacted: Set<number>;
}

interface Answer {
  status: number;
  ms: number;
  /** The REPLY's RESPONSE, or the failure. */
  response: string;
}

export async function runNativeLoad(load: NativeLoad): Promise<NativeLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  const answers: Record<string, number> = {};
  const latencies = { prolog: [] as number[], inventory: [] as number[] };
  const stored = new Set<number>();
  const contacted = new Set<number>();
  let failures = 0;
  let started = 0;
  const startedAt = performance.now();
  const deadline = startedAt + load.maxSeconds * 1000;
  const note = (kind: 'prolog' | 'inventory', answer: Answer, expected: readonly string[]) => {
    latencies[kind].push(answer.ms);
    const key = expected.includes(answer.response) ? answer.response : `${kind} ${answer.response}`;
    answers[key] = (answers[key] ?? 0) + 1;
    failures += expected.includes(answer.response) ? 0 : 1;
    return expected.includes(answer.response);
  };
  const worker = async () => {
    while (started < load.maxRuns && performance.now() < deadline) {
      const machine = load.machines[started++ % load.machines.length] as OcsMachine;
      const prolog = await post(load, agent, machine.prolog);
      if (!note('prolog', prolog, ['SEND', 'STOP'])) {
        continue;
      }
      contacted.add(machine.index);
      if (load.run === 'prolog') {
        continue;
      }
      const inventory = await post(load, agent, machine.inventory);
      if (note('inventory', inventory, ['NO_ACCOUNT_UPDATE'])) {
        stored.add(machine.index);
      }
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, worker));
  const seconds = (performance.now() - startedAt) / 1000;
  agent.destroy();
  return { runs: started, seconds, runsPerSecond: started / seconds, prolog: summarize(latencies.prolog), inventory: summarize(latencies.inventory), answers, failures, stored, contacted };
}

function summarize(values: number[]): Latencies {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0);
  return { count: sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: Math.round(sorted[sorted.length - 1] ?? 0) };
}

/** One request as the OCS Unix agent sends it (Ocsinventory::Agent::Network: LWP, zlib body); its answer inflated. */
function post(load: NativeLoad, agent: Agent, body: Buffer): Promise<Answer> {
  return new Promise((resolve) => {
    const sent = performance.now();
    const call = request(
      `${load.url}/ocsinventory`,
      {
        method: 'POST',
        agent,
        timeout: 30_000,
        headers: { authorization: load.authorization, 'content-type': 'application/x-compress', 'user-agent': load.userAgent, te: 'deflate,gzip;q=0.3', 'content-length': body.length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const ms = performance.now() - sent;
          const status = response.statusCode ?? 0;
          resolve({ status, ms, response: status === 200 ? replyOf(Buffer.concat(chunks)) : `HTTP ${status}` });
        });
      },
    );
    call.on('timeout', () => call.destroy(new Error('timeout')));
    call.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, ms: performance.now() - sent, response: `error ${error.code ?? error.message}` }));
    call.end(body);
  });
}

/** The RESPONSE of a zlib-compressed REPLY (the OCS agent inflates every answer). */
function replyOf(bytes: Buffer): string {
  try {
    return /<RESPONSE>([^<]*)<\/RESPONSE>/.exec(inflateSync(bytes).toString('utf8'))?.[1] ?? 'no RESPONSE';
  } catch {
    return 'not zlib';
  }
}
