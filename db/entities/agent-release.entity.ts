import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintToNumber } from './columns';

@Entity('agent_releases')
export class AgentReleaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 64 }) version!: string;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName!: string;
  @Column({ type: 'varchar', length: 64 }) sha256!: string;
  @Column({ type: 'bigint', transformer: bigintToNumber }) size!: number;
  @Column({ type: 'boolean', default: false }) current!: boolean;
  @Column({ name: 'uploaded_at', type: 'datetime', precision: 3 }) uploadedAt!: Date;
}
