import type { AgentQueries } from './agent-queries';
import type { Connection, WatcherStates, WatcherStatus } from './connection';
import { readCharts, type DashboardCharts } from './dashboard-charts';
import type { EquipmentStatus, EquipmentSummary, EquipmentType } from './equipment';
import { onlineSince, type FleetStatistics, type OfflineAgent } from './fleet-statistics';
import type { ConnectionFilter, EquipmentCount, EquipmentRepository, Page, PageRequest, ScanRunRepository } from './ports';
import type { ScanRun } from './scan-run';
import type { WebhookSubscription } from './webhook';

/** Most connections read to name runs and collect import errors. */
const CONNECTIONS_READ = 10_000;
/** OS names shown before "other". */
const TOP_OS = 8;
/** Days of scan runs in the chart, today included. */
const RUN_DAYS = 30;

/** A file an OCS folder refused, with the connection it belongs to. */
export interface ImportErrorView {
  connectionId: string;
  connectionName: string;
  file: string;
  reason: string;
  /** ISO time */
  at: string;
}

/** What is broken now: each with its count and the first few, so the console can link to them. */
export interface DashboardHealth {
  /** Enabled OCS connections whose folder watch is failing. */
  watchers: { failing: number; items: (WatcherStatus & { connectionId: string; connectionName: string })[] };
  /** Enabled webhooks whose last attempt failed. */
  webhooks: { failing: number; items: Pick<WebhookSubscription, 'id' | 'url' | 'lastStatus' | 'lastError' | 'lastAttemptAt'>[] };
  /** Push agents past their kind's offline threshold, the most recently seen first. */
  agents: { offline: number; items: OfflineAgent[] };
}

export interface DashboardSummary {
  equipment: { total: number; byType: { type: EquipmentType; count: number }[]; byStatus: { status: EquipmentStatus; count: number }[] };
  stale: { days: number; total: number; items: EquipmentSummary[] };
  lastRuns: (ScanRun & { connectionName: string | null })[];
  importErrors: ImportErrorView[];
  pending: number;
  agents: { online: number; offline: number };
  health: DashboardHealth;
  charts: DashboardCharts;
}

export interface DashboardOptions {
  /** Equipment whose last inventory is older than this many days is listed as stale. */
  staleDays: number;
  /** How many stale equipment, runs, import errors and broken things are listed (each). */
  listed: number;
  now: Date;
}

/** What the dashboard reads; `imports` and `watchers` are the OCS folder watcher's per-connection status and state. */
export interface DashboardPorts {
  equipment: Pick<EquipmentRepository, 'list' | 'countByTypeAndStatus'>;
  scanRuns: Pick<ScanRunRepository, 'list'>;
  connections: { list(filter: ConnectionFilter, page: PageRequest): Promise<Page<Connection>> };
  imports: { status(connectionId: string): { lastErrors: { file: string; reason: string; at: string }[] } | null };
  watchers: WatcherStates;
  webhooks: { list(): Promise<WebhookSubscription[]> };
  agents: Pick<AgentQueries, 'countPending'>;
  fleet: FleetStatistics;
}

/** The dashboard's figures, read together: counts, stale equipment, last runs, import errors, queue, agents, what is broken, and the charts. */
export class DashboardService {
  constructor(private readonly ports: DashboardPorts) {}

  async summary(options: DashboardOptions): Promise<DashboardSummary> {
    const { equipment, scanRuns, connections, agents, fleet, webhooks } = this.ports;
    const firstPage = { limit: options.listed, offset: 0 };
    const since = onlineSince(options.now);
    const agentsByKind = fleet.agentsByKind(since);
    const [counts, stale, runs, allConnections, pending, presence, offlineAgents, subscriptions, charts] = await Promise.all([
      equipment.countByTypeAndStatus(),
      equipment.list({ notInventoriedForDays: options.staleDays }, firstPage),
      scanRuns.list({}, firstPage),
      connections.list({}, { limit: CONNECTIONS_READ, offset: 0 }),
      agents.countPending(),
      agentsByKind,
      fleet.offlineAgents(since, options.listed),
      webhooks.list(),
      readCharts(fleet, agentsByKind, { now: options.now, topOs: TOP_OS, days: RUN_DAYS }),
    ]);
    const names = new Map(allConnections.items.map((connection) => [connection.id, connection.name]));
    const online = presence.reduce((sum, kind) => sum + kind.online, 0);
    const offline = presence.reduce((sum, kind) => sum + kind.offline, 0);
    return {
      equipment: { total: counts.reduce((sum, row) => sum + row.count, 0), byType: totals(counts, (row) => row.type).map(({ value, count }) => ({ type: value, count })), byStatus: totals(counts, (row) => row.status).map(({ value, count }) => ({ status: value, count })) },
      stale: { days: options.staleDays, total: stale.total, items: stale.items },
      lastRuns: runs.items.map((run) => ({ ...run, connectionName: names.get(run.connectionId) ?? null })),
      importErrors: this.importErrors(allConnections.items, options.listed),
      pending,
      agents: { online, offline },
      health: {
        watchers: listed(this.failingWatchers(allConnections.items), options.listed, (items, failing) => ({ failing, items })),
        webhooks: listed(subscriptions.filter((subscription) => subscription.enabled && subscription.lastError !== null), options.listed, (items, failing) => ({
          failing,
          items: items.map(({ id, url, lastStatus, lastError, lastAttemptAt }) => ({ id, url, lastStatus, lastError, lastAttemptAt })),
        })),
        agents: { offline, items: offlineAgents },
      },
      charts,
    };
  }

  private failingWatchers(all: Connection[]): DashboardHealth['watchers']['items'] {
    return all.flatMap((connection) => {
      const state = this.ports.watchers.state(connection);
      return state?.state === 'failing' ? [{ ...state, connectionId: connection.id, connectionName: connection.name }] : [];
    });
  }

  /** The newest refused files of every OCS connection, newest first. */
  private importErrors(all: Connection[], listed: number): ImportErrorView[] {
    return all
      .filter((connection) => connection.type === 'ocs')
      .flatMap((connection) => (this.ports.imports.status(connection.id)?.lastErrors ?? []).map((error) => ({ connectionId: connection.id, connectionName: connection.name, ...error })))
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, listed);
  }
}

/** The first `limit` of a list and its length. */
function listed<T, R>(all: T[], limit: number, make: (items: T[], total: number) => R): R {
  return make(all.slice(0, limit), all.length);
}

/** Sums the counts per value of one column, largest first. */
function totals<V extends string>(counts: EquipmentCount[], pick: (row: EquipmentCount) => V): { value: V; count: number }[] {
  const sums = new Map<V, number>();
  for (const row of counts) {
    sums.set(pick(row), (sums.get(pick(row)) ?? 0) + row.count);
  }
  return [...sums].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}
