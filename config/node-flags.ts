import { getHeapStatistics } from 'node:v8';

/**
 * The V8 heap settings the server runs with (`npm start` passes them; the benches start the
 * server with them). They can only be given when Node starts: V8 fixes its heap at start-up.
 * Without them V8 sizes the heap from the machine's memory (about 4 GB here) and, memory being
 * plentiful, collects lazily: bench:agents peaked at 400-500 MB RSS, and 900 MB in the
 * hardening issue's run. With them, every phase stays under 300 MB at the same throughput:
 * - old space 192 MB: a 20 MiB OCS inventory of 53,383 packages costs about 60 MB of heap in
 *   the thread that parses it and as much where it is stored, so 192 leaves room for that
 *   beside the traffic; GC works harder only near the limit.
 * - semi-space 8 MB (young generation 24 MB instead of 48, in each thread: the main one and
 *   the OCS and sync-body readers): requests' short-lived garbage is collected sooner, which
 *   is most of what grew RSS under heartbeats. Measured against 4 MB and 16 MB in bench:agents
 *   on MariaDB: 4 MB cost a fifth of the heartbeat throughput, 16 MB passed 300 MB RSS.
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=8'] as const;

/** The heap limit this process runs with, in MB: logged at start, so a server started without the flags is seen. */
export function heapLimitMb(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 1048576);
}
