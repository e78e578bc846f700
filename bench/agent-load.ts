/** One phase of bench:agents: autocannon against POST /agent/v1/sync, each request from the agent `next()` names. */
import autocannon from 'autocannon';

export interface SyncLoad {
  url: string;
  token: string;
  connections: number;
  /** Runs this long, or until `amount` responses, whichever is given. */
  seconds?: number;
  amount?: number;
  /** Offered load in requests/s over all connections; unset: each connection sends as fast as it is answered. */
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
}

interface SyncContext {
  uuid?: string;
}

export async function runSyncLoad(load: SyncLoad): Promise<LoadResult> {
  const accepted = new Set<string>();
  const statuses: Record<string, number> = {};
  const result = await autocannon({
    url: `${load.url}/agent/v1/sync`,
    method: 'POST',
    connections: load.connections,
    ...(load.amount === undefined ? { duration: load.seconds ?? 10 } : { amount: load.amount }),
    ...(load.rate === undefined ? {} : { overallRate: load.rate }),
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
  };
}
