/**
 * How patiently to talk to one SNMP agent, learnt from how it answers. Agents process a
 * request's varbinds one after another (a busy switch CPU or an old printer can take a second
 * or more per varbind), so the cost is modelled per varbind: a smoothed round-trip time and
 * its variation per varbind, updated from every answer as TCP and nmap do (RFC 6298: srtt
 * gains 1/8 of the error, rttvar 1/4). A request's timeout is that estimate times the varbinds
 * it asks for, never below the configured timeout (the operator's patience is a floor, not a
 * ceiling) and never past what remains of the host's budget.
 */
export interface AgentPacerOptions {
  /** The connection's SNMP timeout per request: the first request's, and the least any gets. */
  timeoutMs: number;
  /** Wall time one host may take, all its requests together; past it the read stops with what it has. */
  budgetMs: number;
  now?: () => number;
}

/** A request that would not fit in what remains of the host's budget: nothing was sent. */
export class BudgetSpent extends Error {
  constructor(readonly budgetMs: number) {
    super(`the per-host SNMP budget of ${Math.round(budgetMs / 100) / 10} s is spent`);
    this.name = 'BudgetSpent';
  }
}

/** Per-varbind cost above which an agent is treated as slow: its walks ask for fewer rows at a time. */
const SLOW_AGENT_MS_PER_VARBIND = 50;

export class AgentPacer {
  private readonly now: () => number;
  private readonly startedAt: number;
  private srtt: number | undefined;
  private rttvar = 0;
  private lastSample: number | undefined;

  constructor(private readonly options: AgentPacerOptions) {
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
  }

  /** The smoothed cost of one varbind, once an answer has been seen. */
  get msPerVarbind(): number | undefined {
    return this.srtt;
  }

  remainingMs(): number {
    return Math.max(0, this.options.budgetMs - (this.now() - this.startedAt));
  }

  /**
   * The timeout for a request of `varbinds` varbinds. Throws {@link BudgetSpent} when what remains
   * of the budget pays for neither its expected cost nor the configured timeout: such a request
   * would most likely be cut before its answer. (The estimate alone does not refuse: an agent slow
   * in one group can be quick in the next.)
   */
  timeoutFor(varbinds: number): number {
    const remaining = this.remainingMs();
    const expected = (this.srtt ?? 0) * varbinds;
    if (remaining <= 0 || remaining < Math.min(expected, this.options.timeoutMs)) {
      throw new BudgetSpent(this.options.budgetMs);
    }
    const estimate = this.srtt === undefined ? 0 : (this.srtt + 4 * this.rttvar) * varbinds;
    return Math.round(Math.min(remaining, Math.max(this.options.timeoutMs, estimate)));
  }

  /** Learns from an answer: `elapsedMs` for a request that carried `varbinds` varbinds. */
  record(elapsedMs: number, varbinds: number): void {
    const sample = elapsedMs / Math.max(1, varbinds);
    this.lastSample = sample;
    if (this.srtt === undefined) {
      this.srtt = sample;
      this.rttvar = sample / 2;
      return;
    }
    this.rttvar += (Math.abs(sample - this.srtt) - this.rttvar) / 4;
    this.srtt += (sample - this.srtt) / 8;
  }

  /**
   * GETBULK repetitions for a walk of `columns` columns: `preferred` for a quick agent; for a slow
   * one, as many as fit in half the configured timeout, at least one. The latest answer counts as
   * much as the average: an agent slow in its system group may walk its tables quickly.
   */
  repetitionsFor(columns: number, preferred: number): number {
    const cost = Math.min(this.srtt ?? 0, this.lastSample ?? 0);
    if (cost < SLOW_AGENT_MS_PER_VARBIND) {
      return preferred;
    }
    return Math.max(1, Math.min(preferred, Math.floor(this.options.timeoutMs / 2 / (cost * Math.max(1, columns)))));
  }
}
