/**
 * The server in a child process, for benchmarks that load it over HTTP from this one:
 * the load generator and the server then never share a thread.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { SERVER_NODE_FLAGS } from '../config/node-flags';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Log lines at warn or above seen so far (the server logs JSON, one line each). */
  readonly warnings: string[];
  /** Peak resident memory (VmHWM) since the start or the last `resetPeakRss()`, in bytes. */
  peakRssBytes(): number;
  /** Resets VmHWM (Linux clear_refs 5); false when the kernel refuses, and the peak then covers the whole life. */
  resetPeakRss(): boolean;
  /** SIGTERM, then SIGKILL after `timeoutMs`; resolves when the process has exited. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface ServerProcessOptions {
  /** Environment variables of the server (DATABASE_URL, INVENTORY_ADMIN_TOKEN...), added to PORT=0 HOST=127.0.0.1. */
  env: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: readonly string[];
  /**
   * The heap settings: the server's own (SERVER_NODE_FLAGS, as `npm start` passes them) unless
   * given here or in BENCH_SERVER_HEAP_FLAGS ("" for V8's defaults: the figure before them).
   */
  heapFlags?: readonly string[];
  startTimeoutMs?: number;
  /** The checkout whose main.ts runs (default this one): another commit's, for a figure beside this one's. */
  root?: string;
  /** A file every line the server logs is appended to (default BENCH_SERVER_LOG; none when unset). */
  logFile?: string;
}

const ROOT = path.resolve(__dirname, '..');
const WARN = 40;

/**
 * Starts `node --import tsx main.ts` (or, with BENCH_SERVER_BUILT=1, the built `dist/main.js`
 * that `npm start` runs: tsx's loader adds about 35 MB of RSS to the server and to each of its
 * workers, so memory figures of the shipped form want the build) and resolves once it logs
 * "server listening" with its URL.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const heapFlags = options.heapFlags ?? (process.env.BENCH_SERVER_HEAP_FLAGS === undefined ? SERVER_NODE_FLAGS : process.env.BENCH_SERVER_HEAP_FLAGS.split(' ').filter(Boolean));
  const child = spawn(process.execPath, [...heapFlags, ...(options.nodeFlags ?? []), ...serverEntry(options.root ?? ROOT)], {
    cwd: options.root ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: tmpdir(), NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error('the server process did not start');
  }
  const warnings: string[] = [];
  const stderr: string[] = [];
  // BENCH_SERVER_LOG=<file>: every log line of the server kept there (with LOG_LEVEL=debug in BENCH_SCAN_ENV, when each host's probe started).
  const logFile = options.logFile ?? process.env.BENCH_SERVER_LOG;
  child.stderr?.on('data', (chunk: Buffer) => stderr.length < 200 && stderr.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not listen within ${options.startTimeoutMs ?? 60_000} ms: ${stderr.join('')}`)), options.startTimeoutMs ?? 60_000);
    child.once('exit', (code) => reject(new Error(`the server exited with ${String(code)} before listening: ${stderr.join('')}`)));
    // Every line is read, always: a full stdout pipe would stall the server.
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (logFile) {
        appendFileSync(logFile, `${line}\n`);
      }
      const entry = parseLogLine(line);
      if (entry?.msg === 'server listening' && typeof entry.url === 'string') {
        clearTimeout(timer);
        resolve(entry.url);
      } else if (entry && typeof entry.level === 'number' && entry.level >= WARN && warnings.length < 1000) {
        warnings.push(line);
      }
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });

  return {
    url,
    pid,
    warnings,
    peakRssBytes: () => statusField(pid, 'VmHWM'),
    resetPeakRss: () => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    stop: (timeoutMs = 30_000) => stopChild(child, exited, timeoutMs),
  };
}

/** The node arguments that run the server of `root`: its TypeScript through tsx, or its build. */
function serverEntry(root: string): string[] {
  if (process.env.BENCH_SERVER_BUILT !== '1') {
    return ['--import', 'tsx', path.join(root, 'main.ts')];
  }
  const built = path.join(root, 'dist', 'main.js');
  if (!existsSync(built)) {
    throw new Error(`BENCH_SERVER_BUILT=1: ${built} does not exist; run npm run build in ${root} first`);
  }
  return [built];
}

async function stopChild(child: ChildProcess, exited: Promise<void>, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(killer);
}

function parseLogLine(line: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A "kB" field of /proc/<pid>/status in bytes (VmRSS, VmHWM, RssAnon...); 0 when unreadable (not Linux, process gone). */
export function statusField(pid: number, field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
