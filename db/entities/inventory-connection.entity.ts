import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConnectionInput } from '../../domain/connection';
import { jsonText } from './columns';

/** The settings JSON: the connection's fields but its columns, with every secret already encrypted. */
export type StoredConnectionSettings = Omit<ConnectionInput, 'name' | 'type' | 'enabled' | 'schedule'>;

@Entity('inventory_connections')
export class InventoryConnectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 128 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) type!: string;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @Column({ type: 'varchar', length: 128, nullable: true }) schedule!: string | null;
  /** Settings with secrets already encrypted (see db/repositories/connection.repository.ts). */
  @Column({ type: 'text', transformer: jsonText }) settings!: StoredConnectionSettings;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt!: Date;
}
