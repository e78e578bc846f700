import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { IdentitySightings } from '../../domain/identity';
import { jsonText } from './columns';

@Entity('equipment_identities')
export class EquipmentIdentityEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: string;
  @Column({ type: 'varchar', length: 255 }) value!: string;
  /** Which sources report it: `{ "<source>/<connection>": { first, last?, current } }` (JSON); null before sightings were kept. */
  @Column({ name: 'seen_by', type: 'text', nullable: true, transformer: jsonText }) seenBy!: IdentitySightings | null;
}

@Entity('equipment_sources')
export class EquipmentSourceEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 16 }) source!: string;
  /** '' when the source has no connection (push agents). */
  @Column({ name: 'connection_id', type: 'varchar', length: 36, default: '' }) connectionId!: string;
  @Column({ name: 'last_content_hash', type: 'varchar', length: 64, nullable: true }) lastContentHash!: string | null;
  @Column({ name: 'first_seen_at', type: 'datetime', precision: 3 }) firstSeenAt!: Date;
  @Column({ name: 'last_seen_at', type: 'datetime', precision: 3 }) lastSeenAt!: Date;
}
