import { And, LessThan, MoreThanOrEqual, type DataSource } from 'typeorm';
import type { AgentApiClient, AgentApiStatus } from '../../domain/agent-access';
import type { AgentClientStore } from '../../domain/agent-access.service';
import type { AgentQueries, AgentView, PendingView } from '../../domain/agent-queries';
import type { AgentContactQueries } from '../../domain/agent-presence';
import { isOnline, type AgentRecord, type AgentStore, type PendingRecord } from '../../domain/agent-sync.service';
import type { Clock } from '../../domain/clock';
import { AgentApiClientEntity, AgentEntity, PendingEquipmentEntity } from '../entities/agent.entity';
import type { Transactor } from '../transactor';

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

export class TypeormAgentRepository implements AgentStore, AgentQueries, AgentContactQueries {
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
      hostname: row.hostname,
      version: row.version,
      status: row.status,
      ipAddress: row.ipAddress,
      equipmentId: row.equipmentId,
      lastContactAt: row.lastContactAt?.toISOString() ?? null,
      lastInventoryAt: row.lastInventoryAt?.toISOString() ?? null,
      online: isOnline(row.lastContactAt, now),
    }));
  }

  async listPending(): Promise<PendingView[]> {
    const rows = await this.dataSource.getRepository(PendingEquipmentEntity).find({ order: { createdAt: 'ASC' }, take: 10_000 });
    const agents = new Map((await this.dataSource.getRepository(AgentEntity).find({ select: { id: true, uuid: true } })).map((agent) => [agent.id, agent.uuid]));
    return rows.map((row) => ({
      id: row.id,
      agentId: row.agentId,
      agentUuid: agents.get(row.agentId) ?? '',
      name: row.name,
      ipAddress: row.ipAddress,
      system: row.os,
      systemUuid: row.systemUuid,
      lastInventoryAt: row.lastInventoryAt?.toISOString() ?? null,
      suggestedEquipmentId: row.suggestedEquipmentId,
    }));
  }

  async findByUuid(uuid: string): Promise<AgentRecord | null> {
    return this.dataSource.getRepository(AgentEntity).findOne({ where: { uuid } });
  }

  async save(agent: AgentRecord): Promise<void> {
    // Through the transactor: on SQLite it serializes with the other writers, and a unique-key race is retryable.
    await this.transactor.run((manager) => manager.getRepository(AgentEntity).save({ ...agent, kind: 'push' }));
  }

  async findPendingByAgent(agentId: string): Promise<PendingRecord | null> {
    return this.dataSource.getRepository(PendingEquipmentEntity).findOne({ where: { agentId } });
  }

  async savePending(pending: PendingRecord): Promise<void> {
    await this.transactor.run((manager) => manager.getRepository(PendingEquipmentEntity).save({ ...pending }));
  }

  async findLastContactBetween(from: Date, to: Date): Promise<AgentRecord[]> {
    return this.dataSource.getRepository(AgentEntity).find({ where: { kind: 'push', lastContactAt: And(MoreThanOrEqual(from), LessThan(to)) } });
  }
}
