import type { OnPingReply, PingOptions, PingReply, Pinger } from '../../collector/probes/ping.probe';

interface OpenSweep {
  replies: Map<string, PingReply>;
  onReply: OnPingReply;
  end: () => void;
}

/**
 * A Pinger whose sweeps the spec drives, as fping's are driven by the network: while a
 * sweep is open, `answer` delivers one echo reply; `end` closes it, every address not
 * answered silent, as fping's timeout does. One sweep at a time.
 */
export class StreamingPinger implements Pinger {
  readonly name = 'fping';
  private open: OpenSweep | null = null;
  private opened: (() => void)[] = [];

  /** Whether a sweep has started and not ended. */
  get sweeping(): boolean {
    return this.open !== null;
  }

  /** Resolves once a sweep is open. */
  sweepStarted(): Promise<void> {
    return this.open ? Promise.resolve() : new Promise((resolve) => this.opened.push(resolve));
  }

  answer(address: string, rttMs = 1): void {
    const sweep = this.open;
    if (!sweep?.replies.has(address)) {
      throw new Error(`${address} is not being swept`);
    }
    const reply = { alive: true, rttMs };
    sweep.replies.set(address, reply);
    sweep.onReply(address, reply);
  }

  end(): void {
    if (!this.open) {
      throw new Error('no sweep is open');
    }
    this.open.end();
  }

  /** Single pings (hosts a scan did not sweep) find nobody. */
  async ping(addresses: readonly string[], _options: PingOptions): Promise<Map<string, PingReply>> {
    return new Map(addresses.map((address) => [address, { alive: false, rttMs: null }]));
  }

  sweep(addresses: readonly string[], _options: PingOptions, onReply: OnPingReply): Promise<Map<string, PingReply>> {
    const replies = new Map<string, PingReply>(addresses.map((address) => [address, { alive: false, rttMs: null }]));
    return new Promise((resolve) => {
      this.open = {
        replies,
        onReply,
        end: () => {
          this.open = null;
          resolve(replies);
        },
      };
      this.opened.splice(0).forEach((notify) => notify());
    });
  }
}
