import type { AgentQueries } from './agent-queries';
import type { Connection } from './connection';
import type { EquipmentStatus, EquipmentSummary, EquipmentType } from './equipment';
import type { ConnectionFilter, EquipmentCount, EquipmentRepository, Page, PageRequest, ScanRunRepository } from './ports';
import type { ScanRun } from './scan-run';

/** Most connections read to name runs and collect import errors. */
const CONNECTIONS_READ = 10_000;

/** A file an OCS folder refused, with the connection it belongs to. */
export interface ImportErrorView {
  connectionId: string;
  connectionName: string;
  file: string;
  reason: string;
  /** ISO time */
  at: string;
}

export interface DashboardSummary {
  equipment: { total: number; byType: { type: EquipmentType; count: number }[]; byStatus: { status: EquipmentStatus; count: number }[] };
  stale: { days: number; total: number; items: EquipmentSummary[] };
  lastRuns: (ScanRun & { connectionName: string | null })[];
  importErrors: ImportErrorView[];
  pending: number;
  agents: { online: number; offline: number };
}

export interface DashboardOptions {
  /** Equipment whose last inventory is older than this many days is listed as stale. */
  staleDays: number;
  /** How many stale equipment, runs and import errors are listed (each). */
  listed: number;
}

/** What the dashboard reads; `imports` is the OCS folder watcher's per-connection status. */
export interface DashboardPorts {
  equipment: Pick<EquipmentRepository, 'list' | 'countByTypeAndStatus'>;
  scanRuns: Pick<ScanRunRepository, 'list'>;
  connections: { list(filter: ConnectionFilter, page: PageRequest): Promise<Page<Connection>> };
  imports: { status(connectionId: string): { lastErrors: { file: string; reason: string; at: string }[] } | null };
  agents: AgentQueries;
}

/** The dashboard's figures, read together: counts, stale equipment, last runs, import errors, queue and agents. */
export class DashboardService {
  constructor(private readonly ports: DashboardPorts) {}

  async summary(options: DashboardOptions): Promise<DashboardSummary> {
    const { equipment, scanRuns, connections, agents } = this.ports;
    const firstPage = { limit: options.listed, offset: 0 };
    const [counts, stale, runs, allConnections, agentList, pending] = await Promise.all([
      equipment.countByTypeAndStatus(),
      equipment.list({ notInventoriedForDays: options.staleDays }, firstPage),
      scanRuns.list({}, firstPage),
      connections.list({}, { limit: CONNECTIONS_READ, offset: 0 }),
      agents.listAgents(),
      agents.countPending(),
    ]);
    const names = new Map(allConnections.items.map((connection) => [connection.id, connection.name]));
    const online = agentList.filter((agent) => agent.online).length;
    return {
      equipment: { total: counts.reduce((sum, row) => sum + row.count, 0), byType: totals(counts, (row) => row.type).map(({ value, count }) => ({ type: value, count })), byStatus: totals(counts, (row) => row.status).map(({ value, count }) => ({ status: value, count })) },
      stale: { days: options.staleDays, total: stale.total, items: stale.items },
      lastRuns: runs.items.map((run) => ({ ...run, connectionName: names.get(run.connectionId) ?? null })),
      importErrors: this.importErrors(allConnections.items, options.listed),
      pending,
      agents: { online, offline: agentList.length - online },
    };
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

/** Sums the counts per value of one column, largest first. */
function totals<V extends string>(counts: EquipmentCount[], pick: (row: EquipmentCount) => V): { value: V; count: number }[] {
  const sums = new Map<V, number>();
  for (const row of counts) {
    sums.set(pick(row), (sums.get(pick(row)) ?? 0) + row.count);
  }
  return [...sums].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}
