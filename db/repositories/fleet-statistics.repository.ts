import type { DataSource } from 'typeorm';
import { agentKindOf, AGENT_KINDS } from '../../domain/agent-kind';
import { INVENTORY_AGE_LIMITS_DAYS, type AgentPresenceCount, type FleetStatistics, type InventoryAgeBucket, type OfflineAgent, type OnlineSince } from '../../domain/fleet-statistics';
import { AgentEntity } from '../entities/agent.entity';
import { EquipmentEntity } from '../entities/equipment.entity';
import { ScanRunEntity } from '../entities/scan-run.entity';

const DAY_MS = 86_400_000;
/** Kinds that contact us daily (their inventory); the rest, stored `capture-agent` or the older `push`, hourly. */
const NATIVE_KINDS = AGENT_KINDS.filter((kind) => kind !== 'capture-agent');
/** An agent is online when its last contact is after its kind's threshold. */
const ONLINE = `a.last_contact_at IS NOT NULL AND a.last_contact_at >= CASE WHEN a.kind IN (:...nativeKinds) THEN :nativeSince ELSE :captureSince END`;

/** SQL counts for the dashboard's charts; the same statements on SQLite and MariaDB. */
export class TypeormFleetStatistics implements FleetStatistics {
  constructor(private readonly dataSource: DataSource) {}

  async equipmentByOs(top: number): Promise<{ groups: { osName: string | null; count: number }[]; total: number }> {
    const equipment = this.dataSource.getRepository(EquipmentEntity);
    const [rows, total] = await Promise.all([
      equipment
        .createQueryBuilder('e')
        .select('e.os_name', 'osName')
        .addSelect('COUNT(*)', 'count')
        .groupBy('e.os_name')
        .orderBy('count', 'DESC')
        .addOrderBy('e.os_name', 'ASC')
        .limit(top)
        .getRawMany<{ osName: string | null; count: string | number }>(),
      equipment.count(),
    ]);
    return { groups: rows.map((row) => ({ osName: row.osName, count: Number(row.count) })), total };
  }

  async inventoryAge(now: Date): Promise<Record<InventoryAgeBucket, number>> {
    const [d1, d7, d30, d90] = INVENTORY_AGE_LIMITS_DAYS.map((days) => new Date(now.getTime() - days * DAY_MS));
    const row = await this.dataSource
      .getRepository(EquipmentEntity)
      .createQueryBuilder('e')
      .select('SUM(CASE WHEN e.last_inventory_at >= :d1 THEN 1 ELSE 0 END)', 'day')
      .addSelect('SUM(CASE WHEN e.last_inventory_at < :d1 AND e.last_inventory_at >= :d7 THEN 1 ELSE 0 END)', 'week')
      .addSelect('SUM(CASE WHEN e.last_inventory_at < :d7 AND e.last_inventory_at >= :d30 THEN 1 ELSE 0 END)', 'month')
      .addSelect('SUM(CASE WHEN e.last_inventory_at < :d30 AND e.last_inventory_at >= :d90 THEN 1 ELSE 0 END)', 'quarter')
      .addSelect('SUM(CASE WHEN e.last_inventory_at < :d90 THEN 1 ELSE 0 END)', 'older')
      .addSelect('SUM(CASE WHEN e.last_inventory_at IS NULL THEN 1 ELSE 0 END)', 'never')
      .where("e.status <> 'Retired'")
      .setParameters({ d1, d7, d30, d90 })
      .getRawOne<Record<'day' | 'week' | 'month' | 'quarter' | 'older' | 'never', string | number | null>>();
    // SUM over no rows is NULL.
    const count = (value: string | number | null | undefined) => Number(value ?? 0);
    return { '0-1': count(row?.day), '1-7': count(row?.week), '7-30': count(row?.month), '30-90': count(row?.quarter), '90+': count(row?.older), never: count(row?.never) };
  }

  async scanRunsPerDay(from: Date): Promise<{ day: string; status: string; count: number }[]> {
    // The date part of the stored UTC time: SQLite holds it as text, MariaDB's DATETIME casts to the same form.
    const day = 'SUBSTR(CAST(r.started_at AS CHAR), 1, 10)';
    const rows = await this.dataSource
      .getRepository(ScanRunEntity)
      .createQueryBuilder('r')
      .select(day, 'day')
      .addSelect('r.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('r.started_at >= :from', { from })
      .groupBy(day)
      .addGroupBy('r.status')
      .getRawMany<{ day: string; status: string; count: string | number }>();
    return rows.map((row) => ({ day: row.day, status: row.status, count: Number(row.count) }));
  }

  async agentsByKind(since: OnlineSince): Promise<AgentPresenceCount[]> {
    const rows = await this.dataSource
      .getRepository(AgentEntity)
      .createQueryBuilder('a')
      .select('a.kind', 'kind')
      .addSelect(`SUM(CASE WHEN ${ONLINE} THEN 1 ELSE 0 END)`, 'online')
      .addSelect('COUNT(*)', 'total')
      .setParameters(onlineParameters(since))
      .groupBy('a.kind')
      .getRawMany<{ kind: string; online: string | number; total: string | number }>();
    const byKind = new Map<string, AgentPresenceCount>();
    for (const row of rows) {
      const kind = agentKindOf(row.kind);
      const counted = byKind.get(kind) ?? { kind, online: 0, offline: 0 };
      counted.online += Number(row.online);
      counted.offline += Number(row.total) - Number(row.online);
      byKind.set(kind, counted);
    }
    return [...byKind.values()];
  }

  async offlineAgents(since: OnlineSince, limit: number): Promise<OfflineAgent[]> {
    const rows = await this.dataSource
      .getRepository(AgentEntity)
      .createQueryBuilder('a')
      .select(['a.id', 'a.uuid', 'a.kind', 'a.hostname', 'a.lastContactAt'])
      .where(`NOT (${ONLINE})`)
      .setParameters(onlineParameters(since))
      .orderBy('a.last_contact_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map((row) => ({ id: row.id, uuid: row.uuid, kind: agentKindOf(row.kind), hostname: row.hostname, lastContactAt: row.lastContactAt?.toISOString() ?? null }));
  }
}

function onlineParameters(since: OnlineSince): Record<string, unknown> {
  return { nativeKinds: NATIVE_KINDS, nativeSince: since.native, captureSince: since.captureAgent };
}
