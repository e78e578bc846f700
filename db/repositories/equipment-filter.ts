import type { SelectQueryBuilder } from 'typeorm';
import { macSearchForm } from '../../domain/identity';
import type { EquipmentFilter } from '../../domain/ports';
import type { EquipmentEntity } from '../entities/equipment.entity';

/** '!' escapes LIKE wildcards: a backslash means different things in MySQL and SQLite string literals. */
const escapeLike = (text: string) => text.replace(/[!%_]/g, (char) => `!${char}`);
const containing = (text: string) => `%${escapeLike(text.toLowerCase())}%`;

/**
 * Adds the conditions of `filter` to a query of equipment aliased `e`. Text filters match
 * anywhere, ignoring case (LOWER and LIKE, no index: a contains search cannot use one);
 * address filters compare the sortable keys over their indices.
 */
export function withEquipmentFilter(query: SelectQueryBuilder<EquipmentEntity>, filter: EquipmentFilter, now: Date): SelectQueryBuilder<EquipmentEntity> {
  if (filter.type) {
    query.andWhere('e.type = :type', { type: filter.type });
  }
  if (filter.status === 'Ignored') {
    query.andWhere("e.status = 'Ignored' AND (e.ignored_until IS NULL OR e.ignored_until > :now)", { now });
  } else if (filter.status === 'Active') {
    query.andWhere("(e.status = 'Active' OR (e.status = 'Ignored' AND e.ignored_until <= :now))", { now });
  } else if (filter.status) {
    query.andWhere('e.status = :status', { status: filter.status });
  }
  if (filter.q) {
    const like = containing(filter.q);
    const columns = ['e.name', 'e.hostname', 'e.serial', 'e.model', 'e.manufacturer', 'e.os_name'].map((column) => `LOWER(${column}) LIKE :like ESCAPE '!'`);
    const software = "EXISTS (SELECT 1 FROM equipment_software qs WHERE qs.equipment_id = e.id AND LOWER(qs.name) LIKE :like ESCAPE '!')";
    query.andWhere(`(${[...columns, software].join(' OR ')})`, { like });
  }
  for (const [name, column] of [['manufacturer', 'e.manufacturer'], ['model', 'e.model'], ['os', 'e.os_name']] as const) {
    const text = filter[name];
    if (text) {
      query.andWhere(`LOWER(${column}) LIKE :${name}Like ESCAPE '!'`, { [`${name}Like`]: containing(text) });
    }
  }
  if (filter.software) {
    const version = filter.softwareVersion ? " AND s.version LIKE :versionPrefix ESCAPE '!'" : '';
    query.andWhere(`EXISTS (SELECT 1 FROM equipment_software s WHERE s.equipment_id = e.id AND LOWER(s.name) LIKE :softwareLike ESCAPE '!'${version})`, {
      softwareLike: containing(filter.software),
      versionPrefix: filter.softwareVersion && `${escapeLike(filter.softwareVersion)}%`,
    });
  }
  for (const [name, range] of [['ip', filter.ip], ['ipRange', filter.ipRange]] as const) {
    if (range) {
      // The keys sort as the addresses do (domain/address-range.ts): a range is a BETWEEN on their index. The
      // primary address is always one of the rows (component-rows.ts adds it), so equipment.primary_ip_key needs no OR.
      query.andWhere(`e.id IN (SELECT a.equipment_id FROM equipment_ip_addresses a WHERE a.address_key BETWEEN :${name}First AND :${name}Last)`, {
        [`${name}First`]: range.firstKey,
        [`${name}Last`]: range.lastKey,
      });
    }
  }
  if (filter.mac) {
    // A whole MAC is compared as stored; its first octets match every MAC they start.
    const mac = macSearchForm(filter.mac) ?? filter.mac.toUpperCase();
    const whole = mac.length === 17;
    query.andWhere(`EXISTS (SELECT 1 FROM equipment_network_interfaces n WHERE n.equipment_id = e.id AND n.mac ${whole ? '= :mac' : 'LIKE :mac'})`, { mac: whole ? mac : `${mac}:%` });
  }
  if (filter.inventoriedAfter) {
    query.andWhere('e.last_inventory_at >= :inventoriedAfter', { inventoriedAfter: filter.inventoriedAfter });
  }
  if (filter.inventoriedBefore) {
    query.andWhere('e.last_inventory_at < :inventoriedBefore', { inventoriedBefore: filter.inventoriedBefore });
  }
  if (filter.serial) {
    query.andWhere('UPPER(e.serial) = :serial', { serial: filter.serial.trim().toUpperCase() });
  }
  if (filter.notInventoriedForDays !== undefined) {
    const before = new Date(now.getTime() - filter.notInventoriedForDays * 86_400_000);
    query.andWhere("e.status <> 'Retired' AND (e.last_inventory_at IS NULL OR e.last_inventory_at < :before)", { before });
  }
  if (filter.source || filter.connectionId) {
    const conditions = ['s.equipment_id = e.id'];
    if (filter.source) {
      conditions.push('s.source = :source');
    }
    if (filter.connectionId) {
      conditions.push('s.connection_id = :connectionId');
    }
    query.andWhere(`EXISTS (SELECT 1 FROM equipment_sources s WHERE ${conditions.join(' AND ')})`, { source: filter.source, connectionId: filter.connectionId });
  }
  return query;
}
