/** After a bench:agents run: are the inventories the server accepted in the database, each exactly once? */
import { createDataSource } from '../db/data-source';

export interface ExactlyOnceReport {
  agentRows: number;
  pendingRows: number;
  accepted: number;
  /** Accepted UUIDs without an agent row or without a pending row. */
  missing: number;
  /** UUIDs with more than one agent row, or agents with more than one pending row. */
  duplicated: number;
  /** Rows of UUIDs the load generator never saw accepted: requests in flight when a phase ended. */
  unacknowledged: number;
  holds: boolean;
}

interface Row {
  uuid: string;
  pending: number | string;
}

/** Read with the server stopped, through a data source of our own (no migrations run). */
async function readRows(databaseUrl: string, dataDir: string): Promise<Row[]> {
  const dataSource = createDataSource({ databaseUrl, dataDir });
  await dataSource.initialize();
  try {
    return (await dataSource.query('SELECT a.uuid AS uuid, (SELECT COUNT(*) FROM pending_equipment p WHERE p.agent_id = a.id) AS pending FROM agents a')) as Row[];
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Compares the UUIDs whose full sync was answered 2xx with the agents and pending_equipment
 * rows: each must have one agent row and one pending row (none is associated in these phases).
 */
export async function checkExactlyOnce(database: { url: string; dataDir: string }, acceptedFullSyncs: ReadonlySet<string>): Promise<ExactlyOnceReport> {
  const rows = await readRows(database.url, database.dataDir);
  const agentsByUuid = new Map<string, number>();
  const pendingByUuid = new Map<string, number>();
  for (const row of rows) {
    agentsByUuid.set(row.uuid, (agentsByUuid.get(row.uuid) ?? 0) + 1);
    pendingByUuid.set(row.uuid, (pendingByUuid.get(row.uuid) ?? 0) + Number(row.pending));
  }
  let missing = 0;
  for (const uuid of acceptedFullSyncs) {
    if (!agentsByUuid.has(uuid) || (pendingByUuid.get(uuid) ?? 0) === 0) {
      missing++;
    }
  }
  const duplicated = [...agentsByUuid].filter(([uuid, count]) => count > 1 || (pendingByUuid.get(uuid) ?? 0) > 1).length;
  const unacknowledged = [...agentsByUuid.keys()].filter((uuid) => !acceptedFullSyncs.has(uuid)).length;
  const pendingRows = [...pendingByUuid.values()].reduce((sum, count) => sum + count, 0);
  return { agentRows: rows.length, pendingRows, accepted: acceptedFullSyncs.size, missing, duplicated, unacknowledged, holds: missing === 0 && duplicated === 0 };
}

/** Reconciled push-agent inventories other than the creations: one history entry each. */
export async function countAgentUpdates(database: { url: string; dataDir: string }): Promise<number> {
  const dataSource = createDataSource({ databaseUrl: database.url, dataDir: database.dataDir });
  await dataSource.initialize();
  try {
    const [row] = (await dataSource.query("SELECT COUNT(*) AS n FROM inventory_history WHERE source = 'push-agent' AND decision <> 'created'")) as { n: number | string }[];
    return Number(row?.n ?? 0);
  } finally {
    await dataSource.destroy();
  }
}
