import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Provenance } from '../../domain/field-ownership';
import { bigintToNumber, jsonText } from './columns';
import type { InventoryDocument } from '../../contracts/inventory-document';

@Entity('equipment')
export class EquipmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 255 }) name!: string;
  @Column({ type: 'varchar', length: 32 }) type!: string;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'name_locked', type: 'boolean', default: false }) nameLocked!: boolean;
  @Column({ name: 'type_locked', type: 'boolean', default: false }) typeLocked!: boolean;
  @Column({ name: 'ignored_until', type: 'datetime', precision: 3, nullable: true }) ignoredUntil!: Date | null;
  @Column({ name: 'last_inventory_at', type: 'datetime', precision: 3, nullable: true }) lastInventoryAt!: Date | null;
  @Column({ name: 'system_uuid', type: 'varchar', length: 64, nullable: true }) systemUuid!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) serial!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) manufacturer!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) model!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) hostname!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) domain!: string | null;
  @Column({ name: 'primary_ip', type: 'varchar', length: 45, nullable: true }) primaryIp!: string | null;
  /** `primaryIp` in its sortable form (domain/address-range.ts): sorts and ranges compare this. */
  @Column({ name: 'primary_ip_key', type: 'varchar', length: 33, nullable: true }) primaryIpKey!: string | null;
  @Column({ name: 'chassis_type', type: 'varchar', length: 64, nullable: true }) chassisType!: string | null;
  @Column({ name: 'os_name', type: 'varchar', length: 255, nullable: true }) osName!: string | null;
  @Column({ name: 'os_version', type: 'varchar', length: 255, nullable: true }) osVersion!: string | null;
  @Column({ name: 'os_architecture', type: 'varchar', length: 64, nullable: true }) osArchitecture!: string | null;
  @Column({ name: 'bios_vendor', type: 'varchar', length: 255, nullable: true }) biosVendor!: string | null;
  @Column({ name: 'bios_version', type: 'varchar', length: 255, nullable: true }) biosVersion!: string | null;
  @Column({ name: 'bios_release_date', type: 'varchar', length: 64, nullable: true }) biosReleaseDate!: string | null;
  @Column({ name: 'memory_bytes', type: 'bigint', nullable: true, transformer: bigintToNumber }) memoryBytes!: number | null;
  /** The merged inventory document of all sources. */
  @Column({ type: 'text', transformer: jsonText }) document!: InventoryDocument;
  /** Which source supplied each field of `document` (JSON); null before it was kept. */
  @Column({ type: 'text', nullable: true, transformer: jsonText }) provenance!: Provenance | null;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt!: Date;
}
