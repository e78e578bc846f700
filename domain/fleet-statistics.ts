import type { AgentKind } from './agent-kind';
import { NATIVE_OFFLINE_AFTER_MS, OFFLINE_AFTER_MS } from './agent-sync.service';

/** Days since the last inventory, as the dashboard's histogram shows them; `never`: no inventory at all. */
export const INVENTORY_AGE_BUCKETS = ['0-1', '1-7', '7-30', '30-90', '90+', 'never'] as const;
export type InventoryAgeBucket = (typeof INVENTORY_AGE_BUCKETS)[number];
/** Where each bucket but the last two ends, in days: `0-1` holds an age under 1 day, and so on. */
export const INVENTORY_AGE_LIMITS_DAYS = [1, 7, 30, 90] as const;

export interface AgentPresenceCount {
  kind: AgentKind;
  online: number;
  offline: number;
}

export interface OfflineAgent {
  id: string;
  uuid: string;
  kind: AgentKind;
  hostname: string | null;
  /** ISO time; null when it never called. */
  lastContactAt: string | null;
}

/**
 * The fleet's figures for the dashboard's charts, counted by the database (grouped
 * queries, never rows of equipment). Times are UTC; a day is a UTC date.
 */
export interface FleetStatistics {
  /** Equipment counted by OS name, the `top` most common first, and the count of all. `osName` null: unknown. */
  equipmentByOs(top: number): Promise<{ groups: { osName: string | null; count: number }[]; total: number }>;
  /** Equipment not Retired, by the age of its last inventory at `now`. */
  inventoryAge(now: Date): Promise<Record<InventoryAgeBucket, number>>;
  /** Scan runs started at or after `from`, counted per UTC day (YYYY-MM-DD) and status. */
  scanRunsPerDay(from: Date): Promise<{ day: string; status: string; count: number }[]>;
  /** Push agents online and offline, per kind, with each kind's own threshold. */
  agentsByKind(onlineSince: OnlineSince): Promise<AgentPresenceCount[]>;
  /** The offline agents whose last contact is the most recent first (the ones that just went away), at most `limit`. */
  offlineAgents(onlineSince: OnlineSince, limit: number): Promise<OfflineAgent[]>;
}

/** The oldest last contact of an online agent: our capture agent checks hourly, the other kinds daily. */
export interface OnlineSince {
  captureAgent: Date;
  native: Date;
}

export function onlineSince(now: Date): OnlineSince {
  return { captureAgent: new Date(now.getTime() - OFFLINE_AFTER_MS), native: new Date(now.getTime() - NATIVE_OFFLINE_AFTER_MS) };
}
