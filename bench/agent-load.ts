/** One phase of bench:agents: load on POST /agent/v1/sync, each request from the agent `next()` names. */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface SyncLoad {
  url: string;
  token: string;
  connections: number;
  /** Runs this long, or until `amount` responses, whichever is given. */
  seconds?: number;
  amount?: number;
  /**
   * Offered load in requests/s: requests then arrive at random (Poisson) times, each sent when
   * its time comes whatever is still in flight, as agents of many machines do. Unset: autocannon,
   * each connection sending as fast as it is answered (the throughput ceiling).
   */
  rate?: number;
  /** The next request: its agent UUID and JSON body. */
  next: () => { uuid: string; body: string };
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  /** Status → count, for the non-2xx answers. */
  statuses: Record<string, number>;
  /** Agent UUIDs whose sync was answered 2xx. */
  accepted: Set<string>;
  /** Syncs answered 2xx, warm-up included (its syncs are stored too). */
  acceptedSyncs: number;
}

interface SyncContext {
  uuid?: string;
}

export async function runSyncLoad(load: SyncLoad): Promise<LoadResult> {
  return load.rate === undefined ? runClosedLoop(load) : runOpenLoop({ ...load, rate: load.rate });
}

/**
 * Open loop at a fixed average rate. Not autocannon's `overallRate`: it lets each connection
 * send back to back until its quota for the current second is used, so the whole second's
 * requests arrive in a burst at its start and the latency measured is that of the burst.
 */
/** Keep-alive sockets of the open loop: enough for 2,000 requests/s at up to ~100 ms each. */
const SOCKETS = 256;
const WARM_UP_SECONDS = 2;

async function runOpenLoop(load: SyncLoad & { rate: number }): Promise<LoadResult> {
  const seconds = load.seconds ?? 10;
  // FIFO: every socket is reused in turn, so none idles past the server's keep-alive timeout (5 s) and is
  // closed just as it is picked (ECONNRESET, which a LIFO pool produced a few times a run).
  const agent = new Agent({ keepAlive: true, maxSockets: SOCKETS, scheduling: 'fifo' });
  const accepted = new Set<string>();
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let errors = 0;
  let recording = false;
  let acceptedSyncs = 0;
  /** rate × seconds arrivals at uniformly random times (a Poisson process with exactly the offered count), each answered. */
  const offer = async (duration: number): Promise<number[]> => {
    const arrivals = Array.from({ length: Math.round(load.rate * duration) }, () => Math.random() * duration * 1000).sort((a, b) => a - b);
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    for (const at of arrivals) {
      const wait = started + at - performance.now();
      if (wait > 0) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      inFlight.push(send(load.next()));
    }
    await Promise.all(inFlight);
    return arrivals;
  };
  const send = ({ uuid, body }: { uuid: string; body: string }) =>
    new Promise<void>((resolve) => {
      const record = recording;
      const started = performance.now();
      const call = request(
        `${load.url}/agent/v1/sync`,
        { method: 'POST', agent, timeout: 10_000, headers: { authorization: `Bearer ${load.token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          response.resume();
          response.on('end', () => {
            // Warm-up answers count for acceptance and errors, not for latency.
            if (record) {
              latencies.push(performance.now() - started);
            }
            acceptedSyncs += response.statusCode !== undefined && response.statusCode >= 200 && response.statusCode < 300 ? 1 : 0;
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              accepted.add(uuid);
            } else {
              statuses[status] = (statuses[status] ?? 0) + 1;
            }
            resolve();
          });
        },
      );
      call.on('timeout', () => call.destroy(new Error('timeout')));
      call.on('error', (error: NodeJS.ErrnoException) => {
        errors++;
        const kind = `error ${error.code ?? error.message}`;
        statuses[kind] = (statuses[kind] ?? 0) + 1;
        resolve();
      });
      call.end(body);
    });
  // The connections are opened first, on /healthz: measured, the first second otherwise timed this
  // process opening 256 sockets (stalls of 1-5 s in the first round only), not the server.
  await Promise.all(
    Array.from(
      { length: SOCKETS },
      () =>
        new Promise<void>((resolve) => {
          const call = request(`${load.url}/healthz`, { agent }, (response) => response.resume().on('end', () => resolve()));
          call.on('error', () => resolve());
          call.end();
        }),
    ),
  );
  // Then WARM_UP_SECONDS of the same load, not counted: the first seconds of a new kind of traffic
  // measure V8 compiling its code paths (p99 near 170 ms in a first round, 60 ms after).
  await offer(WARM_UP_SECONDS);
  recording = true;
  const arrivals = await offer(seconds);
  agent.destroy();
  // Throughput over the offering window: every request offered and answered means the rate was held.
  const elapsed = Math.max(seconds, (arrivals[arrivals.length - 1] ?? 0) / 1000);
  latencies.sort((a, b) => a - b);
  const percentile = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0);
  const non2xx = Object.entries(statuses).reduce((sum, [status, count]) => (status.startsWith('error') ? sum : sum + count), 0);
  return {
    requests: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    maxMs: Math.round(latencies[latencies.length - 1] ?? 0),
    non2xx,
    errors,
    statuses,
    accepted,
    acceptedSyncs,
  };
}

async function runClosedLoop(load: SyncLoad): Promise<LoadResult> {
  const accepted = new Set<string>();
  const statuses: Record<string, number> = {};
  const result = await autocannon({
    url: `${load.url}/agent/v1/sync`,
    method: 'POST',
    connections: load.connections,
    ...(load.amount === undefined ? { duration: load.seconds ?? 10 } : { amount: load.amount }),
    timeout: 10,
    headers: { authorization: `Bearer ${load.token}`, 'content-type': 'application/json' },
    requests: [
      {
        // A connection has one request in flight (no pipelining): its context names that request's agent.
        setupRequest: (request, context) => {
          const { uuid, body } = load.next();
          (context as SyncContext).uuid = uuid;
          return { ...request, body };
        },
        onResponse: (status, _body, context) => {
          const uuid = (context as SyncContext).uuid;
          if (status >= 200 && status < 300 && uuid !== undefined) {
            accepted.add(uuid);
          } else {
            statuses[status] = (statuses[status] ?? 0) + 1;
          }
        },
      },
    ],
  });
  const requests = result['2xx'] + result.non2xx;
  return {
    requests,
    seconds: result.duration,
    perSecond: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    statuses,
    accepted,
    acceptedSyncs: result['2xx'],
  };
}
