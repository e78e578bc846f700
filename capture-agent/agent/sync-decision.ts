/** An unchanged inventory is sent again in full once the last full one is this old. */
export const FULL_SYNC_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export type SyncDecision = { send: 'heartbeat' | 'full'; reason: string };

/**
 * Full inventory when it is the first, when it changed, or when the last full one is
 * seven days old or more; a heartbeat otherwise (date, status and version only).
 */
export function decideSync(last: { inventoryHash?: string; fullSyncAt?: string }, inventoryHash: string, now: Date): SyncDecision {
  if (!last.inventoryHash || !last.fullSyncAt) {
    return { send: 'full', reason: 'first sync: the portal has no inventory from this agent yet' };
  }
  if (last.inventoryHash !== inventoryHash) {
    return { send: 'full', reason: `the inventory changed since the last full sync (${last.fullSyncAt})` };
  }
  const ageDays = (now.getTime() - Date.parse(last.fullSyncAt)) / DAY_MS;
  if (ageDays >= FULL_SYNC_AFTER_DAYS) {
    return { send: 'full', reason: `the inventory is unchanged but the last full sync (${last.fullSyncAt}) is ${Math.floor(ageDays)} days old (${FULL_SYNC_AFTER_DAYS} at most)` };
  }
  return { send: 'heartbeat', reason: `the inventory is unchanged since the last full sync (${last.fullSyncAt}, ${ageDays.toFixed(1)} days ago): heartbeat only` };
}
