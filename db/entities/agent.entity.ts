import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonText } from './columns';
import type { InventoryDocument } from '../../contracts/inventory-document';

@Entity('agent_api_clients')
export class AgentApiClientEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'client_id', type: 'varchar', length: 128 }) clientId!: string;
  /** scrypt hash; null until an administrator generates a secret. */
  @Column({ name: 'secret_hash', type: 'varchar', length: 255, nullable: true }) secretHash!: string | null;
  /** The secondary configuration's secret, AES-256-GCM encrypted, until it is promoted. */
  @Column({ name: 'secret_ciphertext', type: 'varchar', length: 512, nullable: true }) secretCiphertext!: string | null;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ type: 'varchar', length: 16 }) role!: string;
  @Column({ type: 'varchar', length: 1024, nullable: true }) url!: string | null;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt!: Date;
}

@Entity('agents')
export class AgentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 64 }) uuid!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: string;
  @Column({ name: 'equipment_id', type: 'varchar', length: 36, nullable: true }) equipmentId!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) hostname!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) version!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) status!: string | null;
  @Column({ name: 'ip_address', type: 'varchar', length: 45, nullable: true }) ipAddress!: string | null;
  @Column({ name: 'client_id', type: 'varchar', length: 128, nullable: true }) clientId!: string | null;
  @Column({ name: 'inventory_hash', type: 'varchar', length: 64, nullable: true }) inventoryHash!: string | null;
  @Column({ name: 'last_contact_at', type: 'datetime', precision: 3, nullable: true }) lastContactAt!: Date | null;
  @Column({ name: 'last_inventory_at', type: 'datetime', precision: 3, nullable: true }) lastInventoryAt!: Date | null;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
}

@Entity('pending_equipment')
export class PendingEquipmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'agent_id', type: 'varchar', length: 36 }) agentId!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) name!: string | null;
  @Column({ name: 'ip_address', type: 'varchar', length: 45, nullable: true }) ipAddress!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) os!: string | null;
  @Column({ name: 'system_uuid', type: 'varchar', length: 64, nullable: true }) systemUuid!: string | null;
  @Column({ name: 'last_inventory_at', type: 'datetime', precision: 3, nullable: true }) lastInventoryAt!: Date | null;
  @Column({ name: 'suggested_equipment_id', type: 'varchar', length: 36, nullable: true }) suggestedEquipmentId!: string | null;
  @Column({ name: 'suggestion_reason', type: 'varchar', length: 512, nullable: true }) suggestionReason!: string | null;
  @Column({ type: 'text', transformer: jsonText }) document!: InventoryDocument;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
}
