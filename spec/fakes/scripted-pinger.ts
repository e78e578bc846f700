import type { OnPingReply, PingOptions, PingReply, Pinger } from '../../collector/probes/ping.probe';

/**
 * A Pinger that answers from a list of live addresses, at once: every address asked gets
 * an entry (alive or not), as the real pingers answer, and a sweep tells of the live ones
 * in the order asked before it ends. Named `fping` by default, the batch pinger a scan prefers.
 */
export class ScriptedPinger implements Pinger {
  /** The batches asked, in order. */
  readonly calls: string[][] = [];

  constructor(
    private readonly alive: ReadonlyMap<string, number | null>,
    readonly name = 'fping',
  ) {}

  /** `rttMs` of each live address; every other address is silent. */
  static answering(addresses: readonly string[], rttMs = 1): ScriptedPinger {
    return new ScriptedPinger(new Map(addresses.map((address) => [address, rttMs])));
  }

  async ping(addresses: readonly string[], options: PingOptions): Promise<Map<string, PingReply>> {
    return this.sweep(addresses, options, () => undefined);
  }

  async sweep(addresses: readonly string[], _options: PingOptions, onReply: OnPingReply): Promise<Map<string, PingReply>> {
    this.calls.push([...addresses]);
    const replies = new Map(addresses.map((address) => [address, this.alive.has(address) ? { alive: true, rttMs: this.alive.get(address) ?? null } : { alive: false, rttMs: null }]));
    for (const [address, reply] of replies) {
      if (reply.alive) {
        onReply(address, reply);
      }
    }
    return replies;
  }
}
