import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText } from './columns';

@Entity('scan_runs')
export class ScanRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'connection_id', type: 'varchar', length: 36 }) connectionId!: string;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'triggered_by', type: 'varchar', length: 16 }) triggeredBy!: string;
  @Column({ name: 'started_at', type: 'datetime', precision: 3 }) startedAt!: Date;
  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'heartbeat_at', type: 'datetime', precision: 3, nullable: true }) heartbeatAt!: Date | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) owner!: string | null;
  @Column({ name: 'targets_total', type: 'integer', default: 0 }) targetsTotal!: number;
  @Column({ type: 'integer', default: 0 }) processed!: number;
  @Column({ type: 'integer', default: 0 }) alive!: number;
  @Column({ type: 'integer', default: 0 }) snmp!: number;
  @Column({ name: 'capture_agent', type: 'integer', default: 0 }) captureAgent!: number;
  @Column({ type: 'integer', default: 0 }) skipped!: number;
  @Column({ type: 'integer', default: 0 }) unreachable!: number;
  @Column({ type: 'integer', default: 0 }) errors!: number;
  @Column({ type: 'varchar', length: 1024, nullable: true }) error!: string | null;
  @Column({ type: 'varchar', length: 2048, nullable: true, transformer: jsonText }) notes!: string[] | null;
}

@Entity('scan_results')
export class ScanResultEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'run_id', type: 'varchar', length: 36 }) runId!: string;
  @Column({ type: 'varchar', length: 45 }) address!: string;
  /** `address` in its sortable form (domain/address-range.ts): results sort by address with this. */
  @Column({ name: 'address_key', type: 'varchar', length: 33, nullable: true }) addressKey!: string | null;
  @Column({ type: 'boolean', default: false }) alive!: boolean;
  @Column({ name: 'rtt_ms', type: 'double precision', nullable: true }) rttMs!: number | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) method!: string | null;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36, nullable: true }) equipmentId!: string | null;
  @Column({ type: 'varchar', length: 1024, nullable: true }) error!: string | null;
  /** Each probe's outcome and how long it waited. */
  @Column({ type: 'text', transformer: jsonText }) steps!: unknown[];
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
}

@Entity('snmp_credential_hints')
export class SnmpCredentialHintEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'connection_id', type: 'varchar', length: 36 }) connectionId!: string;
  @Column({ type: 'varchar', length: 45 }) address!: string;
  @Column({ name: 'credential_index', type: 'integer' }) credentialIndex!: number;
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt!: Date;
}
