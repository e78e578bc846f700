import { randomUUID } from 'node:crypto';
import { In, LessThan, Like, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { addressSortKey } from '../../domain/address-range';
import { DomainError } from '../../domain/errors';
import type { SortField } from '../../domain/list-sort';
import type { LearntCredential, Page, ScanRunFilter, ScanRunRepository, SortedPageRequest } from '../../domain/ports';
import type { ScanCounts, ScanResultRecord, ScanRun, ScanStatus, ScanStepRecord, StoredScanResult } from '../../domain/scan-run';
import { EquipmentEntity } from '../entities/equipment.entity';
import { ScanResultEntity, ScanRunEntity, SnmpCredentialHintEntity } from '../entities/scan-run.entity';
import type { Transactor } from '../transactor';
import { orderedBy, type SortColumns } from './sorting';

const SCAN_SORTS: SortColumns<'scans'> = { startedAt: { column: 'started_at' }, finishedAt: { column: 'finished_at' }, status: { column: 'status' } };

/** Result ids grow as results are recorded: their order is the order of `created_at`, with no index of its own. */
const RESULT_SORTS: SortColumns<'scanResults'> = { createdAt: { column: 'id' }, address: { column: 'address_key' }, alive: { column: 'alive' }, rttMs: { column: 'rtt_ms' } };

export class TypeormScanRunRepository implements ScanRunRepository {
  private readonly runs: Repository<ScanRunEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
  ) {
    this.runs = dataSource.getRepository(ScanRunEntity);
  }

  async start(run: { connectionId: string; triggeredBy: ScanRun['triggeredBy']; targets: number; owner: string; startedAt: Date; notes: string[] }): Promise<ScanRun> {
    const row = await this.transactor.run(async (manager) => {
      const running = await manager.findOne(ScanRunEntity, { where: { connectionId: run.connectionId, status: 'running' } });
      if (running) {
        throw new DomainError('conflict', `connection ${run.connectionId} is already being scanned by run ${running.id}`, { extra: { runningRunId: running.id } });
      }
      const entity: ScanRunEntity = {
        id: randomUUID(),
        connectionId: run.connectionId,
        status: 'running',
        triggeredBy: run.triggeredBy,
        startedAt: run.startedAt,
        finishedAt: null,
        heartbeatAt: run.startedAt,
        owner: run.owner,
        ...countColumns({ targets: run.targets, processed: 0, alive: 0, snmp: 0, captureAgent: 0, skipped: 0, unreachable: 0, errors: 0 }),
        error: null,
        notes: run.notes,
      };
      await manager.insert(ScanRunEntity, entity);
      return entity;
    });
    return toScanRun(row);
  }

  async record(runId: string, results: readonly ScanResultRecord[], counts: ScanCounts, at: Date, credentials: readonly LearntCredential[] = []): Promise<void> {
    await this.transactor.run(async (manager) => {
      await rememberCredentials(manager, credentials, at);
      if (results.length > 0) {
        await manager.insert(
          ScanResultEntity,
          results.map((result) => ({ runId, ...result, addressKey: addressSortKey(result.address), error: result.error?.slice(0, 1024) ?? null, createdAt: at })),
        );
      }
      await manager.update(ScanRunEntity, { id: runId }, { ...countColumns(counts), heartbeatAt: at });
    });
  }

  async finish(runId: string, status: Exclude<ScanStatus, 'running'>, counts: ScanCounts, at: Date, error?: string): Promise<void> {
    await this.transactor.run((manager) =>
      manager.update(ScanRunEntity, { id: runId }, { status, ...countColumns(counts), finishedAt: at, heartbeatAt: at, error: error?.slice(0, 1024) ?? null }),
    );
  }

  async findById(id: string): Promise<ScanRun | null> {
    const row = await this.runs.findOneBy({ id });
    return row && toScanRun(row);
  }

  async findRunning(connectionId: string): Promise<ScanRun | null> {
    const row = await this.runs.findOneBy({ connectionId, status: 'running' });
    return row && toScanRun(row);
  }

  async list(filter: ScanRunFilter, page: SortedPageRequest<SortField<'scans'>>): Promise<Page<ScanRun>> {
    const query = this.runs.createQueryBuilder('r');
    if (filter.connectionId) {
      query.andWhere('r.connection_id = :connectionId', { connectionId: filter.connectionId });
    }
    if (filter.status) {
      query.andWhere('r.status = :status', { status: filter.status });
    }
    const [rows, total] = await orderedBy(query, 'scans', SCAN_SORTS, page.sort).take(page.limit).skip(page.offset).getManyAndCount();
    return { items: rows.map(toScanRun), total, limit: page.limit, offset: page.offset };
  }

  async results(runId: string, page: SortedPageRequest<SortField<'scanResults'>>): Promise<Page<StoredScanResult>> {
    const query = this.dataSource.getRepository(ScanResultEntity).createQueryBuilder('r').where('r.run_id = :runId', { runId });
    const [rows, total] = await orderedBy(query, 'scanResults', RESULT_SORTS, page.sort).take(page.limit).skip(page.offset).getManyAndCount();
    // The equipment's names in one read for the page: the console names each host instead of linking "open".
    const equipmentIds = [...new Set(rows.flatMap((row) => (row.equipmentId ? [row.equipmentId] : [])))];
    const names = new Map(equipmentIds.length === 0 ? [] : (await this.dataSource.getRepository(EquipmentEntity).find({ select: { id: true, name: true }, where: { id: In(equipmentIds) } })).map((equipment) => [equipment.id, equipment.name]));
    const items = rows.map((row) => ({
      id: row.id,
      address: row.address,
      alive: row.alive,
      rttMs: row.rttMs,
      method: row.method as ScanResultRecord['method'],
      equipmentId: row.equipmentId,
      equipmentName: row.equipmentId ? (names.get(row.equipmentId) ?? null) : null,
      error: row.error,
      steps: row.steps as ScanStepRecord[],
      createdAt: row.createdAt,
    }));
    return { items, total, limit: page.limit, offset: page.offset };
  }

  async markInterrupted(which: { staleBefore: Date } | { ownerPrefix: string }, at: Date): Promise<number> {
    const where = 'staleBefore' in which ? { status: 'running', heartbeatAt: LessThan(which.staleBefore) } : { status: 'running', owner: Like(`${which.ownerPrefix}%`) };
    const result = await this.transactor.run((manager) =>
      manager.update(ScanRunEntity, where, { status: 'interrupted', finishedAt: at, error: 'the server stopped while the run was going on' }),
    );
    return result.affected ?? 0;
  }

  async credentialHints(connectionId: string, addresses: readonly string[]): Promise<Map<string, number>> {
    if (addresses.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource.getRepository(SnmpCredentialHintEntity).find({ where: { connectionId, address: In([...addresses]) } });
    return new Map(rows.map((row) => [row.address, row.credentialIndex]));
  }

}

/** Upserts the hints (unique per connection and address; the last of a batch for one host wins). */
async function rememberCredentials(manager: EntityManager, credentials: readonly LearntCredential[], at: Date): Promise<void> {
  const latest = new Map(credentials.map((credential) => [`${credential.connectionId}\u0000${credential.address}`, credential]));
  for (const connectionId of new Set(credentials.map((credential) => credential.connectionId))) {
    const learnt = [...latest.values()].filter((credential) => credential.connectionId === connectionId);
    const existing = new Map((await manager.find(SnmpCredentialHintEntity, { where: { connectionId, address: In(learnt.map((credential) => credential.address)) } })).map((row) => [row.address, row.id]));
    const added = learnt.filter((credential) => !existing.has(credential.address));
    if (added.length > 0) {
      await manager.insert(SnmpCredentialHintEntity, added.map(({ address, credentialIndex }) => ({ connectionId, address, credentialIndex, updatedAt: at })));
    }
    for (const { address, credentialIndex } of learnt.filter((credential) => existing.has(credential.address))) {
      await manager.update(SnmpCredentialHintEntity, { id: existing.get(address) }, { credentialIndex, updatedAt: at });
    }
  }
}

function countColumns(counts: ScanCounts) {
  return {
    targetsTotal: counts.targets,
    processed: counts.processed,
    alive: counts.alive,
    snmp: counts.snmp,
    captureAgent: counts.captureAgent,
    skipped: counts.skipped,
    unreachable: counts.unreachable,
    errors: counts.errors,
  };
}

function toScanRun(row: ScanRunEntity): ScanRun {
  return {
    id: row.id,
    connectionId: row.connectionId,
    status: row.status as ScanStatus,
    triggeredBy: row.triggeredBy as ScanRun['triggeredBy'],
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    heartbeatAt: row.heartbeatAt,
    counts: {
      targets: row.targetsTotal,
      processed: row.processed,
      alive: row.alive,
      snmp: row.snmp,
      captureAgent: row.captureAgent,
      skipped: row.skipped,
      unreachable: row.unreachable,
      errors: row.errors,
    },
    error: row.error,
    notes: row.notes ?? [],
  };
}
