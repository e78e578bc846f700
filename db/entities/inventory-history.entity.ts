import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchExplanation } from '../../domain/reconcile';
import { jsonText } from './columns';

@Entity('inventory_history')
export class InventoryHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36 }) equipmentId!: string;
  @Column({ type: 'varchar', length: 16 }) source!: string;
  @Column({ name: 'connection_id', type: 'varchar', length: 36, nullable: true }) connectionId!: string | null;
  @Column({ name: 'received_at', type: 'datetime', precision: 3 }) receivedAt!: Date;
  @Column({ name: 'content_hash', type: 'varchar', length: 64 }) contentHash!: string;
  @Column({ type: 'varchar', length: 16 }) decision!: string;
  @Column({ name: 'matched_by', type: 'varchar', length: 16, nullable: true }) matchedBy!: string | null;
  @Column({ type: 'text', transformer: jsonText }) changes!: unknown[];
  /** Why reconciliation decided as it did (the rule, the identities that matched, what it absorbed or refused); null before it was kept. */
  @Column({ type: 'text', nullable: true, transformer: jsonText }) explanation!: MatchExplanation | null;
}
