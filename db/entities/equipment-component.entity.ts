import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from './columns';

/** Component rows: rewritten from the merged document when their list changes. */

@Entity('equipment_cpus')
export class EquipmentCpuEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) name!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) manufacturer!: string | null;
  @Column({ type: 'integer', nullable: true }) cores!: number | null;
  @Column({ type: 'integer', nullable: true }) threads!: number | null;
  @Column({ name: 'speed_mhz', type: 'double precision', nullable: true }) speedMhz!: number | null;
}

@Entity('equipment_memories')
export class EquipmentMemoryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) slot!: string | null;
  @Column({ name: 'capacity_bytes', type: 'bigint', nullable: true, transformer: bigintToNumber }) capacityBytes!: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) type!: string | null;
  @Column({ name: 'speed_mhz', type: 'double precision', nullable: true }) speedMhz!: number | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) serial!: string | null;
}

@Entity('equipment_disks')
export class EquipmentDiskEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) name!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) model!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) serial!: string | null;
  @Column({ name: 'size_bytes', type: 'bigint', nullable: true, transformer: bigintToNumber }) sizeBytes!: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) type!: string | null;
}

@Entity('equipment_volumes')
export class EquipmentVolumeEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 1024, nullable: true }) mount!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) filesystem!: string | null;
  @Column({ name: 'size_bytes', type: 'bigint', nullable: true, transformer: bigintToNumber }) sizeBytes!: number | null;
  @Column({ name: 'free_bytes', type: 'bigint', nullable: true, transformer: bigintToNumber }) freeBytes!: number | null;
}

@Entity('equipment_network_interfaces')
export class EquipmentNetworkInterfaceEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) name!: string | null;
  @Column({ type: 'varchar', length: 17, nullable: true }) mac!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) type!: string | null;
  @Column({ name: 'speed_mbps', type: 'double precision', nullable: true }) speedMbps!: number | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) status!: string | null;
  @Column({ type: 'boolean', default: false }) virtual!: boolean;
}

@Entity('equipment_ip_addresses')
export class EquipmentIpAddressEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 45 }) address!: string;
  /** `address` in its sortable form (domain/address-range.ts), for range filters. */
  @Column({ name: 'address_key', type: 'varchar', length: 33, nullable: true }) addressKey!: string | null;
  @Column({ type: 'integer' }) family!: number;
  @Column({ name: 'interface_name', type: 'varchar', length: 255, nullable: true }) interfaceName!: string | null;
}

@Entity('equipment_software')
export class EquipmentSoftwareEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 512, nullable: true }) name!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) version!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) publisher!: string | null;
  @Column({ name: 'installed_at', type: 'varchar', length: 64, nullable: true }) installedAt!: string | null;
}
