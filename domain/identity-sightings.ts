import { IDENTITY_KINDS, IDENTITY_STRENGTH, isCurrent, nextSightings, sameIdentity, type HeldIdentity, type Identity, type IdentitySightings } from './identity';

/** The document's new identities, first seen now by this source. */
export function withSightings(identities: readonly Identity[], sourceKey: string, at: Date): HeldIdentity[] {
  return identities.map((identity) => ({ ...identity, seenBy: nextSightings(undefined, sourceKey, true, at) ?? null }));
}

/** The held identities whose sightings by this source change: reported again (refreshed at most hourly), or no longer reported. */
export function sightingUpdates(held: readonly HeldIdentity[], observed: readonly Identity[], sourceKey: string, at: Date): (Identity & { seenBy: IdentitySightings })[] {
  const updates: (Identity & { seenBy: IdentitySightings })[] = [];
  // A kind the inventory says nothing of (a partial inventory, a source that never knows it) keeps its sightings.
  const kinds = new Set(observed.map((identity) => identity.kind));
  for (const identity of held.filter((candidate) => kinds.has(candidate.kind))) {
    const seenBy = nextSightings(identity.seenBy, sourceKey, observed.some((seen) => sameIdentity(seen, identity)), at);
    if (seenBy) {
      updates.push({ kind: identity.kind, value: identity.value, seenBy });
    }
  }
  return updates;
}

/**
 * How many past values of one weak kind an equipment keeps (addresses and names no source reports
 * any more). A past value matches nothing: it is the machine's history, which the inventory history
 * also records. Unbounded, a DHCP laptop scanned for years, or a router answering on each of its
 * hundreds of addresses, would make every later inventory read them all back.
 */
export const PAST_WEAK_IDENTITIES_KEPT = 16;

/**
 * The past weak identities beyond the newest {@link PAST_WEAK_IDENTITIES_KEPT} of their kind,
 * once `updates` are applied to `held`: what the equipment can forget. Current ones, and every
 * strong and medium identity, are always kept.
 */
export function pastIdentitiesToForget(held: readonly HeldIdentity[], updates: readonly (Identity & { seenBy: IdentitySightings })[], keep = PAST_WEAK_IDENTITIES_KEPT): Identity[] {
  const after = held.map((identity) => updates.find((update) => update.kind === identity.kind && update.value === identity.value) ?? identity);
  const forget: Identity[] = [];
  for (const kind of IDENTITY_KINDS.filter((candidate) => IDENTITY_STRENGTH[candidate] === 'weak')) {
    const past = after.filter((identity) => identity.kind === kind && !isCurrent(identity));
    if (past.length > keep) {
      past.sort((a, b) => lastSeen(b) - lastSeen(a));
      forget.push(...past.slice(keep).map(({ kind: pastKind, value }) => ({ kind: pastKind, value })));
    }
  }
  return forget;
}

/** When any source last reported it (0 when none says). */
function lastSeen(identity: HeldIdentity): number {
  return Math.max(0, ...Object.values(identity.seenBy ?? {}).map((sighting) => Date.parse(sighting.last) || 0));
}
