import { spawn, spawnSync } from 'node:child_process';
import ping from 'ping';

export interface PingOptions {
  timeoutMs: number;
  count: number;
  signal: AbortSignal;
}

export interface PingReply {
  alive: boolean;
  rttMs: number | null;
}

/** Told of each echo reply as it arrives, once per address. It must not throw. */
export type OnPingReply = (address: string, reply: PingReply) => void;

/** Pings addresses; the answer has one entry per address asked. */
export interface Pinger {
  readonly name: string;
  ping(addresses: readonly string[], options: PingOptions): Promise<Map<string, PingReply>>;
  /**
   * The same sweep, telling `onReply` of each live address as soon as it answers, so a
   * scan can probe it while the rest of the sweep waits out its timeout. Resolves, like
   * `ping`, with every address asked once the sweep has ended (or was aborted).
   */
  sweep(addresses: readonly string[], options: PingOptions, onReply: OnPingReply): Promise<Map<string, PingReply>>;
}

const ignoreReply: OnPingReply = () => undefined;

/**
 * The system `ping` through the `ping` package, one process per address: fine for
 * one host (Test Connection), too heavy for sweeps. Its timeout is in whole seconds.
 */
export class SystemPinger implements Pinger {
  readonly name = 'ping';

  ping(addresses: readonly string[], options: PingOptions): Promise<Map<string, PingReply>> {
    return this.sweep(addresses, options, ignoreReply);
  }

  async sweep(addresses: readonly string[], options: PingOptions, onReply: OnPingReply): Promise<Map<string, PingReply>> {
    const replies = new Map<string, PingReply>();
    await Promise.all(
      addresses.map(async (address) => {
        const result = await ping.promise.probe(address, {
          timeout: Math.max(1, Math.ceil(options.timeoutMs / 1000)),
          min_reply: options.count,
          v6: address.includes(':'),
        });
        const rtt = Number(result.time);
        const reply = { alive: result.alive, rttMs: result.alive && Number.isFinite(rtt) ? rtt : null };
        replies.set(address, reply);
        if (reply.alive) {
          onReply(address, reply);
        }
      }),
    );
    return replies;
  }
}

/** Probes sent per millisecond of a sweep, all processes together: fping's `-i 1`. */
const SWEEP_INTERVAL_MS = 1;
/** fping processes a large sweep is shared between (see `sweep`); a small one is one process. */
const SWEEP_PROCESSES = 2;
/** Addresses from which a sweep is shared: below, one fping's drift is a few tens of milliseconds (a /24 is one process). */
const SPLIT_SWEEP_FROM = 256;

/**
 * `fping` processes per batch, targets on stdin: a /20 sweep is two processes, not
 * 4,096. Dead addresses cost the timeout once, in parallel, not one after another.
 */
export class FpingPinger implements Pinger {
  readonly name = 'fping';

  constructor(private readonly binary = 'fping') {}

  static available(binary = 'fping'): boolean {
    return spawnSync(binary, ['-v'], { stdio: 'ignore' }).status === 0;
  }

  ping(addresses: readonly string[], options: PingOptions): Promise<Map<string, PingReply>> {
    return this.sweep(addresses, options, ignoreReply);
  }

  async sweep(addresses: readonly string[], options: PingOptions, onReply: OnPingReply): Promise<Map<string, PingReply>> {
    const replies = new Map<string, PingReply>(addresses.map((address) => [address, { alive: false, rttMs: null }]));
    const processes = addresses.length >= SPLIT_SWEEP_FROM ? SWEEP_PROCESSES : 1;
    // Every other address to each process, each pacing itself at `processes` times the interval: together they
    // send one probe per SWEEP_INTERVAL_MS, as one fping would, but a late wakeup delays only its own half.
    // One fping paces each probe from the last one sent, so late wakeups add up: in bench:scan's lab, during a
    // scan, one process took 1.28 ms an address where -i 1 asks for 1.
    const shares = Array.from({ length: processes }, (_, share) => addresses.filter((_address, index) => index % processes === share));
    let failure: Error | undefined;
    const stopAll = new AbortController();
    const signal = AbortSignal.any([options.signal, stopAll.signal]);
    await Promise.all(
      shares.map((share) =>
        this.sweepProcess(share, { ...options, signal }, SWEEP_INTERVAL_MS * processes, replies, onReply).catch((error: unknown) => {
          failure ??= error instanceof Error ? error : new Error(String(error));
          stopAll.abort();
        }),
      ),
    );
    if (failure && !options.signal.aborted) {
      throw failure;
    }
    return replies;
  }

  /** One fping process over `addresses`, telling `onReply` of each first reply; resolves when it has exited. */
  private sweepProcess(addresses: readonly string[], options: PingOptions, intervalMs: number, replies: Map<string, PingReply>, onReply: OnPingReply): Promise<void> {
    if (addresses.length === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      // -e: show the RTT; -r: retries beyond the first probe; -i: ms between probes to different hosts;
      // -B 1: no timeout back-off between retries; -q is not used: the alive lines are the answer, and
      // fping flushes each one as its host answers, which is what lets a scan start probing it at once.
      const child = spawn(this.binary, ['-e', '-r', String(Math.max(0, options.count - 1)), '-t', String(options.timeoutMs), '-i', String(intervalMs), '-B', '1'], {
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
      });
      let failed = false;
      const take = (line: string) => {
        const reply = parseFpingLine(line, replies);
        if (!reply || failed) {
          return;
        }
        try {
          onReply(reply.address, reply.reply);
        } catch (error) {
          // Not thrown out of a stream listener: the sweep fails instead, and fping is stopped.
          failed = true;
          child.kill();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      let buffered = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        lines.forEach(take);
      });
      child.stderr.resume();
      child.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ABORT_ERR' ? resolve() : reject(error)));
      // fping exits 1 when some hosts are unreachable and 2 for unknown names: both are answers.
      child.on('close', () => {
        take(buffered);
        resolve();
      });
      child.stdin.end(addresses.join('\n') + '\n');
    });
  }
}

/**
 * "198.18.0.1 is alive (0.05 ms)": records the reply and returns it, the first time an
 * address asked is seen alive (fping stops probing a host once it answered, but a
 * duplicate echo reply must not start a second probe).
 */
function parseFpingLine(line: string, replies: Map<string, PingReply>): { address: string; reply: PingReply } | null {
  const match = /^(\S+) is alive(?: \(([\d.]+) ms\))?/.exec(line.trim());
  const [, address, rtt] = match ?? [];
  if (!address || replies.get(address)?.alive !== false) {
    return null;
  }
  const reply = { alive: true, rttMs: rtt ? Number(rtt) : null };
  replies.set(address, reply);
  return { address, reply };
}

/** The batch pinger when fping is installed, the system ping otherwise. */
export function createPinger(): Pinger {
  return FpingPinger.available() ? new FpingPinger() : new SystemPinger();
}
