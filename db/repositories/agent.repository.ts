import { And, In, LessThan, MoreThanOrEqual, type DataSource } from 'typeorm';
import type { AgentApiClient, AgentApiStatus } from '../../domain/agent-access';
import type { AgentClientStore } from '../../domain/agent-access.service';
import type { AgentQueries, AgentView, PendingView } from '../../domain/agent-queries';
import type { SortField } from '../../domain/list-sort';
import type { Page, SortedPageRequest } from '../../domain/ports';
import { agentKindOf, type AgentKind } from '../../domain/agent-kind';
import { isOnline, type AgentContact, type AgentRecord, type AgentStore, type AgentSyncState, type PendingRecord } from '../../domain/agent-sync.service';
import { retryingClashes } from '../../domain/retry';
import { MicroBatcher } from '../micro-batch';
import { RawSql } from './raw-sql';
import type { AgentContactQueries } from '../../domain/agent-presence';
import type { Clock } from '../../domain/clock';
import { AgentApiClientEntity, AgentEntity, PendingEquipmentEntity } from '../entities/agent.entity';
import { EquipmentEntity } from '../entities/equipment.entity';
import type { Transactor } from '../transactor';
import { orderedBy, type SortColumns } from './sorting';

export class TypeormAgentClientRepository implements AgentClientStore {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<AgentApiClient[]> {
    const rows = await this.dataSource.getRepository(AgentApiClientEntity).find({ order: { createdAt: 'ASC' } });
    return rows.map((row) => ({ ...row, status: row.status as AgentApiStatus, role: row.role === 'secondary' ? 'secondary' : 'current' }));
  }

  async save(client: AgentApiClient): Promise<void> {
    await this.dataSource.getRepository(AgentApiClientEntity).save({ ...client });
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.getRepository(AgentApiClientEntity).delete({ id });
  }

  async countAgentsUsing(clientId: string): Promise<number> {
    return this.dataSource.getRepository(AgentEntity).count({ where: { clientId } });
  }
}

/** The kind as stored: the capture agent's rows say `push`, as they did before other kinds came (agentKindOf reads it back). */
function storedKind(kind: AgentKind): string {
  return kind === 'capture-agent' ? 'push' : kind;
}

const PENDING_SORTS: SortColumns<'pending'> = { createdAt: { column: 'created_at' }, name: { column: 'name', text: true }, system: { column: 'os', text: true }, lastInventoryAt: { column: 'last_inventory_at' } };

const CONTACT_UPDATED = ['version', 'status', 'ipAddress', 'clientId', 'lastContactAt'] as const;
const INVENTORY_UPDATED = [...CONTACT_UPDATED, 'hostname', 'inventoryHash', 'lastInventoryAt'] as const;
const PENDING_UPDATED: (keyof PendingEquipmentEntity)[] = ['name', 'ipAddress', 'os', 'systemUuid', 'lastInventoryAt', 'suggestedEquipmentId', 'suggestionReason', 'document'];

/**
 * Inserts agents or updates them by UUID: contact fields, and inventory fields when all
 * contacts carry an inventory (a batch is one or the other). Sorted by UUID so that
 * concurrent batches lock rows in the same order.
 */
async function upsertAgents(sql: RawSql, contacts: readonly AgentContact[]): Promise<void> {
  const withInventory = contacts.every((contact) => contact.inventory);
  const rows = [...contacts]
    .sort((a, b) => (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0))
    .map(({ inventory, ...contact }) => ({ ...contact, kind: storedKind(contact.kind), ...(withInventory ? inventory : {}) }));
  await sql.insert(AgentEntity, rows, { conflict: ['uuid'], update: [...(withInventory ? INVENTORY_UPDATED : CONTACT_UPDATED)] });
}

export class TypeormAgentRepository implements AgentStore, AgentQueries, AgentContactQueries {
  /** Syncs arrive by the thousand a second: their reads and writes are grouped (db/micro-batch.ts). */
  private readonly syncReads = new MicroBatcher((uuids: string[]) => this.readForSync(uuids));
  private readonly contactWrites = new MicroBatcher((contacts: AgentContact[]) => this.writeContacts(contacts));
  private readonly inventoryWrites = new MicroBatcher((contacts: AgentContact[]) => this.writeContacts(contacts));

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly clock: Clock,
  ) {}

  async listAgents(): Promise<AgentView[]> {
    const now = this.clock.now();
    const rows = await this.dataSource.getRepository(AgentEntity).find({ order: { lastContactAt: 'DESC' }, take: 10_000 });
    return rows.map((row) => ({
      id: row.id,
      uuid: row.uuid,
      kind: agentKindOf(row.kind),
      hostname: row.hostname,
      version: row.version,
      status: row.status,
      ipAddress: row.ipAddress,
      equipmentId: row.equipmentId,
      lastContactAt: row.lastContactAt?.toISOString() ?? null,
      lastInventoryAt: row.lastInventoryAt?.toISOString() ?? null,
      online: isOnline(row.lastContactAt, now, agentKindOf(row.kind)),
    }));
  }

  async listPending(page: SortedPageRequest<SortField<'pending'>>): Promise<Page<PendingView>> {
    const query = this.dataSource
      .getRepository(PendingEquipmentEntity)
      .createQueryBuilder('p')
      .select(['p.id', 'p.agentId', 'p.name', 'p.ipAddress', 'p.os', 'p.systemUuid', 'p.lastInventoryAt', 'p.suggestedEquipmentId', 'p.suggestionReason', 'p.createdAt']);
    const [rows, total] = await orderedBy(query, 'pending', PENDING_SORTS, page.sort).take(page.limit).skip(page.offset).getManyAndCount();
    const agentIds = [...new Set(rows.map((row) => row.agentId))];
    const agents = new Map(agentIds.length === 0 ? [] : (await this.dataSource.getRepository(AgentEntity).find({ select: { id: true, uuid: true }, where: { id: In(agentIds) } })).map((agent) => [agent.id, agent.uuid]));
    // The suggested equipment's name, in one read for the page: the console names it instead of reading each one.
    const suggestedIds = [...new Set(rows.flatMap((row) => (row.suggestedEquipmentId ? [row.suggestedEquipmentId] : [])))];
    const suggested = new Map(suggestedIds.length === 0 ? [] : (await this.dataSource.getRepository(EquipmentEntity).find({ select: { id: true, name: true }, where: { id: In(suggestedIds) } })).map((equipment) => [equipment.id, equipment.name]));
    const items = rows.map((row) => ({
      id: row.id,
      agentId: row.agentId,
      agentUuid: agents.get(row.agentId) ?? '',
      name: row.name,
      ipAddress: row.ipAddress,
      system: row.os,
      systemUuid: row.systemUuid,
      lastInventoryAt: row.lastInventoryAt?.toISOString() ?? null,
      suggestedEquipmentId: row.suggestedEquipmentId,
      suggestedEquipmentName: row.suggestedEquipmentId ? (suggested.get(row.suggestedEquipmentId) ?? null) : null,
      suggestionReason: row.suggestionReason ?? null,
    }));
    return { items, total, limit: page.limit, offset: page.offset };
  }

  countPending(): Promise<number> {
    return this.dataSource.getRepository(PendingEquipmentEntity).count();
  }

  async findForSync(uuid: string): Promise<AgentSyncState | null> {
    return this.syncReads.add(uuid);
  }

  async recordContact(contact: AgentContact): Promise<void> {
    await (contact.inventory ? this.inventoryWrites : this.contactWrites).add(contact);
  }

  async recordPending(contact: AgentContact, pending: PendingRecord): Promise<void> {
    await this.transactor.run(async (manager) => {
      const sql = new RawSql(manager);
      await upsertAgents(sql, [contact]);
      await sql.insert(PendingEquipmentEntity, [pending], { conflict: ['agentId'], update: PENDING_UPDATED });
    });
  }

  /** Agents by UUID with their pending entry, for a batch of syncs: one query. */
  private async readForSync(uuids: string[]): Promise<(AgentSyncState | null)[]> {
    const sql = new RawSql(this.dataSource.manager);
    const agents = sql.names(AgentEntity, 'uuid', 'id');
    const pending = sql.names(PendingEquipmentEntity, 'id', 'agentId');
    const unique = [...new Set(uuids)];
    const rows = await sql.select(
      AgentEntity,
      `SELECT a.*, p.${pending.columns[0]} AS pending_id FROM ${agents.table} a LEFT JOIN ${pending.table} p ON p.${pending.columns[1]} = a.${agents.columns[1]} WHERE a.${agents.columns[0]} IN (${unique.map(() => '?').join(', ')})`,
      unique,
    );
    const byUuid = new Map(rows.map((row) => [row.uuid, row as Partial<AgentEntity> & { pending_id?: string | null }]));
    return uuids.map((uuid) => {
      const row = byUuid.get(uuid);
      if (!row) {
        return null;
      }
      const { pending_id: pendingId, kind, ...agent } = row;
      return { ...(agent as Omit<AgentRecord, 'kind'>), kind: agentKindOf(kind ?? ''), pendingId: pendingId ?? null };
    });
  }

  /** One upsert for a batch of contacts; a batch that clashed with another writer is tried again. */
  private async writeContacts(contacts: AgentContact[]): Promise<void[]> {
    await retryingClashes(3, () => this.transactor.single((manager) => upsertAgents(new RawSql(manager), contacts)));
    return contacts.map(() => undefined);
  }

  async findById(id: string): Promise<AgentRecord | null> {
    const row = await this.dataSource.getRepository(AgentEntity).findOne({ where: { id } });
    return row ? toAgentRecord(row) : null;
  }

  async findPendingById(id: string): Promise<PendingRecord | null> {
    return this.dataSource.getRepository(PendingEquipmentEntity).findOne({ where: { id } });
  }

  async deletePending(id: string): Promise<boolean> {
    return this.transactor.run(async (manager) => ((await manager.getRepository(PendingEquipmentEntity).delete({ id })).affected ?? 0) > 0);
  }

  async associate(agentId: string, equipmentId: string, pendingId: string): Promise<void> {
    await this.transactor.run(async (manager) => {
      await manager.getRepository(AgentEntity).update({ id: agentId }, { equipmentId });
      await manager.getRepository(PendingEquipmentEntity).delete({ id: pendingId });
    });
  }

  async attach(agentId: string, equipmentId: string): Promise<void> {
    await this.dataSource.getRepository(AgentEntity).update({ id: agentId }, { equipmentId });
  }

  async findLastContactBetween(from: Date, to: Date): Promise<AgentRecord[]> {
    const rows = await this.dataSource.getRepository(AgentEntity).find({ where: { kind: storedKind('capture-agent'), lastContactAt: And(MoreThanOrEqual(from), LessThan(to)) } });
    return rows.map(toAgentRecord);
  }
}

function toAgentRecord(row: AgentEntity): AgentRecord {
  return { ...row, kind: agentKindOf(row.kind) };
}
