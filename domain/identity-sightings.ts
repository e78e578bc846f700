import { nextSightings, sameIdentity, type HeldIdentity, type Identity, type IdentitySightings } from './identity';

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
