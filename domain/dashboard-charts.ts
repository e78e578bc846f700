import type { AgentPresenceCount, FleetStatistics, InventoryAgeBucket } from './fleet-statistics';
import { INVENTORY_AGE_BUCKETS } from './fleet-statistics';

const DAY_MS = 86_400_000;

/** What the dashboard's charts draw; equipment by type is the summary's `equipment.byType`. */
export interface DashboardCharts {
  /** The most common OS names, then `other` (the rest) when there is a rest; `osName` null: unknown. */
  equipmentByOs: { osName: string | null; other: boolean; count: number }[];
  inventoryAge: { bucket: InventoryAgeBucket; count: number }[];
  /** One entry per UTC day, oldest first, today included; `other`: cancelled, interrupted or still running. */
  scanRunsPerDay: { day: string; completed: number; failed: number; other: number }[];
  agentsByKind: AgentPresenceCount[];
}

export interface ChartOptions {
  now: Date;
  /** OS names shown before `other`. */
  topOs: number;
  /** Days of scan runs, today included. */
  days: number;
}

/** The charts' figures, each one grouped query. */
export async function readCharts(fleet: FleetStatistics, agentsByKind: Promise<AgentPresenceCount[]>, options: ChartOptions): Promise<DashboardCharts> {
  const firstDay = utcDay(new Date(options.now.getTime() - (options.days - 1) * DAY_MS));
  const [byOs, age, runs, agents] = await Promise.all([fleet.equipmentByOs(options.topOs), fleet.inventoryAge(options.now), fleet.scanRunsPerDay(new Date(`${firstDay}T00:00:00.000Z`)), agentsByKind]);
  const shown = byOs.groups.reduce((sum, group) => sum + group.count, 0);
  return {
    equipmentByOs: [...byOs.groups.map((group) => ({ ...group, other: false })), ...(byOs.total > shown ? [{ osName: null, other: true, count: byOs.total - shown }] : [])],
    inventoryAge: INVENTORY_AGE_BUCKETS.map((bucket) => ({ bucket, count: age[bucket] })),
    scanRunsPerDay: perDay(runs, firstDay, options.days),
    agentsByKind: agents,
  };
}

/** Every day of the window, days without runs at zero. */
function perDay(rows: { day: string; status: string; count: number }[], firstDay: string, days: number): DashboardCharts['scanRunsPerDay'] {
  const start = Date.parse(`${firstDay}T00:00:00.000Z`);
  const entries = Array.from({ length: days }, (_, index) => ({ day: utcDay(new Date(start + index * DAY_MS)), completed: 0, failed: 0, other: 0 }));
  const byDay = new Map(entries.map((entry) => [entry.day, entry]));
  for (const row of rows) {
    const entry = byDay.get(row.day);
    if (entry) {
      const column = row.status === 'completed' || row.status === 'failed' ? row.status : 'other';
      entry[column] += row.count;
    }
  }
  return entries;
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
