/**
 * Where the server's memory is while it scans: its V8 heap and event loop from its own /metrics
 * (prom-client's default Node metrics), its anonymous memory by allocator from /proc/<pid>/smaps.
 * Tells a growing heap from growing memory outside it when RSS climbs over a scan.
 */
import { readFileSync } from 'node:fs';

const MB = 1024 * 1024;

/** How often the bench reads the server's VmRSS while it scans (where in the run its peak falls). */
export const RSS_READING_MS = 500;

/** How often the bench reads the server's /metrics while it scans (each reading allocates in the server). */
export const HEAP_READING_SECONDS = 2;

export interface HeapFigures {
  /** Seconds since the scan started. */
  at: number;
  /** Bytes used and committed per V8 space, as prom-client labels them (old, new, code, large_object...). */
  spaces: Record<string, { usedBytes: number; totalBytes: number }>;
  /** Memory of C++ objects bound to JavaScript objects (Buffers among them). */
  externalBytes: number;
  /** The longest event-loop stall since the previous reading (prom-client resets its histogram on each scrape). */
  eventLoopLagMaxSeconds: number;
  /** Hosts holding a concurrency slot at the reading (inventory_scan_hosts_in_flight). */
  hostsInFlight?: number;
}

/** One reading; undefined when the server does not answer (it is busy or gone). */
export async function readHeapFigures(url: string, at: number): Promise<HeapFigures | undefined> {
  try {
    const response = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) {
      return undefined;
    }
    const text = await response.text();
    const spaces: HeapFigures['spaces'] = {};
    for (const match of text.matchAll(/^nodejs_heap_space_size_(used|total)_bytes\{space="([a-z_]+)"\} (\d+(?:\.\d+)?(?:e\+\d+)?)$/gm)) {
      const [, kind, space, value] = match as unknown as [string, 'used' | 'total', string, string];
      const entry = (spaces[space] ??= { usedBytes: 0, totalBytes: 0 });
      entry[kind === 'used' ? 'usedBytes' : 'totalBytes'] = Number(value);
    }
    const external = /^nodejs_external_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text);
    const lag = /^nodejs_eventloop_lag_max_seconds (\d+(?:\.\d+)?(?:e[+-]\d+)?)$/m.exec(text);
    const inFlight = /^inventory_scan_hosts_in_flight (\d+)$/m.exec(text);
    return { at, spaces, externalBytes: external ? Number(external[1]) : 0, eventLoopLagMaxSeconds: lag ? Number(lag[1]) : 0, ...(inFlight ? { hostsInFlight: Number(inFlight[1]) } : {}) };
  } catch {
    return undefined;
  }
}

/** "old 31.2/35.0, new 3.1/16.0, code 4.1/5.3 ... MB used/committed; external 2.1 MB" for one reading. */
export function describeHeap(figures: HeapFigures): string {
  const spaces = Object.entries(figures.spaces)
    .filter(([, entry]) => entry.totalBytes >= 0.05 * MB)
    .map(([space, entry]) => `${space.replace(/_space$/, '')} ${(entry.usedBytes / MB).toFixed(1)}/${(entry.totalBytes / MB).toFixed(1)}`)
    .join(', ');
  return `${spaces} MB used/committed (heap committed ${(heapCommittedBytes(figures) / MB).toFixed(1)} MB); external ${(figures.externalBytes / MB).toFixed(1)} MB`;
}

/** Bytes V8 has committed over all its spaces. */
export function heapCommittedBytes(figures: HeapFigures): number {
  return Object.values(figures.spaces).reduce((sum, entry) => sum + entry.totalBytes, 0);
}

export interface AnonymousMemory {
  /** glibc's main arena (the brk heap, `[heap]`): the main thread's malloc, SQLite's pages among it. */
  mainArenaBytes: number;
  /** glibc's per-thread arenas (64 MB reservations): mallocs of libuv's pool and worker threads. */
  threadArenasBytes: number;
  /** Every other private anonymous mapping: V8's heap pages, thread stacks, large mallocs. */
  otherBytes: number;
}

const ARENA_RESERVATION_KB = 65536;

/**
 * The process's resident anonymous memory by where it comes from, from /proc/<pid>/smaps: tells
 * malloc's growth from V8's. A thread arena is its 64 MB reservation (glibc's HEAP_MAX_SIZE) split
 * into a read-write part and a PROT_NONE rest, so it is the pair of adjacent mappings summing to it.
 */
export function readAnonymousMemory(pid: number): AnonymousMemory | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  } catch {
    return undefined;
  }
  const mappings: { start: number; end: number; name: string; rssKb: number }[] = [];
  for (const block of text.split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/)) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ (\d+)[ \t]*(.*)$/m.exec(block);
    if (!header) {
      continue;
    }
    const [, start, end, inode, name] = header as unknown as [string, string, string, string, string];
    if (inode !== '0') {
      continue;
    }
    mappings.push({ start: Number.parseInt(start, 16), end: Number.parseInt(end, 16), name: name.trim(), rssKb: Number(/^Rss:\s+(\d+) kB/m.exec(block)?.[1] ?? 0) });
  }
  const sizeKb = (mapping: { start: number; end: number }) => (mapping.end - mapping.start) / 1024;
  const figures: AnonymousMemory = { mainArenaBytes: 0, threadArenasBytes: 0, otherBytes: 0 };
  for (let index = 0; index < mappings.length; index++) {
    const mapping = mappings[index] as (typeof mappings)[number];
    const next = mappings[index + 1];
    if (mapping.name === '[heap]') {
      figures.mainArenaBytes += mapping.rssKb * 1024;
    } else if (mapping.name === '' && next && next.start === mapping.end && next.name === '' && sizeKb(mapping) + sizeKb(next) === ARENA_RESERVATION_KB) {
      figures.threadArenasBytes += (mapping.rssKb + next.rssKb) * 1024;
      index++;
    } else if (mapping.name === '' || mapping.name.startsWith('[anon')) {
      figures.otherBytes += mapping.rssKb * 1024;
    }
  }
  return figures;
}

export function describeAnonymousMemory(figures: AnonymousMemory): string {
  return `malloc main arena ${(figures.mainArenaBytes / MB).toFixed(1)} MB, malloc thread arenas ${(figures.threadArenasBytes / MB).toFixed(1)} MB, other anonymous (V8 pages, stacks, large mallocs) ${(figures.otherBytes / MB).toFixed(1)} MB`;
}
