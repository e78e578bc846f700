import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MergeSnapshot } from '../../domain/ports';
import { jsonText } from './columns';

/** What an absorbed equipment was, kept so that its merge can be undone. */
@Entity('merge_snapshots')
export class MergeSnapshotEntity {
  @PrimaryColumn({ name: 'absorbed_id', type: 'varchar', length: 36 }) absorbedId!: string;
  @Column({ name: 'target_id', type: 'varchar', length: 36 }) targetId!: string;
  @Column({ name: 'merged_at', type: 'datetime', precision: 3 }) mergedAt!: Date;
  @Column({ type: 'text', transformer: jsonText }) snapshot!: MergeSnapshot['equipment'] & Pick<MergeSnapshot, 'identities' | 'sourceKeys'>;
}
