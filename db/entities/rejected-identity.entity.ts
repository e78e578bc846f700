import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('rejected_identities')
export class RejectedIdentityEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: string;
  @Column({ type: 'varchar', length: 255 }) value!: string;
  @Column({ name: 'equipment_name', type: 'varchar', length: 255 }) equipmentName!: string;
  @Column({ name: 'rejected_at', type: 'datetime', precision: 3 }) rejectedAt!: Date;
}
