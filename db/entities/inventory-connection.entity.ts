import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonText } from './columns';

@Entity('inventory_connections')
export class InventoryConnectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 128 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) type!: string;
  @Column({ type: 'boolean' }) enabled!: boolean;
  @Column({ type: 'varchar', length: 128, nullable: true }) schedule!: string | null;
  /** Settings with secrets already encrypted (see db/repositories/connection.repository.ts). */
  @Column({ type: 'text', transformer: jsonText }) settings!: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt!: Date;
}
