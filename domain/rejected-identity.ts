import type { Clock } from './clock';
import { sameIdentity, type Identity } from './identity';

/**
 * An identity an operator refused when deleting an equipment with "reject" (as GLPI's
 * refused equipment): an inventory holding it creates and updates nothing until the
 * operator lifts the rejection.
 */
export interface RejectedIdentity extends Identity {
  id: string;
  /** The equipment it came from, by name, for the operator reading the list. */
  equipmentName: string;
  rejectedAt: Date;
}

/** How long the rejection list is reused before it is read again (changes made here are seen at once). */
export const REJECTIONS_CACHE_MS = 5000;

/**
 * The rejected identities, read at most every {@link REJECTIONS_CACHE_MS}: every inventory
 * is checked against them, and reading the table for each would cost a round trip.
 */
export class RejectionList {
  private cached: { at: number; entries: Promise<RejectedIdentity[]> } | undefined;

  constructor(
    private readonly store: { listRejected(): Promise<RejectedIdentity[]> },
    private readonly clock: Clock,
  ) {}

  /** The first rejected identity among `identities` (a serial compared as reconciliation does), if any. */
  async matching(identities: readonly Identity[]): Promise<RejectedIdentity | undefined> {
    const entries = await this.entries();
    if (entries.length === 0) {
      return undefined;
    }
    return entries.find((entry) => identities.some((identity) => sameIdentity(identity, entry)));
  }

  async list(): Promise<RejectedIdentity[]> {
    return [...(await this.entries())];
  }

  /** After a change made in this process: the next check reads the table again. */
  invalidate(): void {
    this.cached = undefined;
  }

  private entries(): Promise<RejectedIdentity[]> {
    const now = this.clock.now().getTime();
    if (!this.cached || now - this.cached.at >= REJECTIONS_CACHE_MS || now < this.cached.at) {
      const entries = this.store.listRejected();
      this.cached = { at: now, entries };
      entries.catch(() => (this.cached = undefined));
    }
    return this.cached.entries;
  }
}
