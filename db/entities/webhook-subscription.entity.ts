import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonText } from './columns';

@Entity('webhook_subscriptions')
export class WebhookSubscriptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 2048 }) url!: string;
  @Column({ type: 'varchar', length: 1024, transformer: jsonText }) events!: string[];
  @Column({ name: 'secret_encrypted', type: 'varchar', length: 512 }) secretEncrypted!: string;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @Column({ name: 'last_status', type: 'integer', nullable: true }) lastStatus!: number | null;
  @Column({ name: 'last_error', type: 'varchar', length: 1024, nullable: true }) lastError!: string | null;
  @Column({ name: 'last_attempt_at', type: 'datetime', precision: 3, nullable: true }) lastAttemptAt!: Date | null;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
}
