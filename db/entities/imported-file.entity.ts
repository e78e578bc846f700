import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('imported_files')
export class ImportedFileEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id!: number;
  @Column({ name: 'connection_id', type: 'varchar', length: 36 }) connectionId!: string;
  @Column({ type: 'varchar', length: 1024 }) path!: string;
  @Column({ name: 'content_hash', type: 'varchar', length: 64 }) contentHash!: string;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ type: 'varchar', length: 2048, nullable: true }) error!: string | null;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36, nullable: true }) equipmentId!: string | null;
  @Column({ name: 'imported_at', type: 'datetime', precision: 3 }) importedAt!: Date;
}
