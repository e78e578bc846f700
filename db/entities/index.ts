import { AgentReleaseEntity } from './agent-release.entity';
import { AgentApiClientEntity, AgentEntity, PendingEquipmentEntity } from './agent.entity';
import { ApiTokenEntity } from './api-token.entity';
import {
  EquipmentCpuEntity,
  EquipmentDiskEntity,
  EquipmentIpAddressEntity,
  EquipmentMemoryEntity,
  EquipmentNetworkInterfaceEntity,
  EquipmentSoftwareEntity,
  EquipmentVolumeEntity,
} from './equipment-component.entity';
import { EquipmentIdentityEntity, EquipmentSourceEntity } from './equipment-identity.entity';
import { EquipmentEntity } from './equipment.entity';
import { ImportedFileEntity } from './imported-file.entity';
import { InventoryConnectionEntity } from './inventory-connection.entity';
import { InventoryHistoryEntity } from './inventory-history.entity';
import { RejectedIdentityEntity } from './rejected-identity.entity';
import { MergeSnapshotEntity } from './merge-snapshot.entity';
import { ScanResultEntity, ScanRunEntity, SnmpCredentialHintEntity } from './scan-run.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

export const ENTITIES = [
  MergeSnapshotEntity,
  RejectedIdentityEntity,
  ApiTokenEntity,
  InventoryConnectionEntity,
  EquipmentEntity,
  EquipmentCpuEntity,
  EquipmentMemoryEntity,
  EquipmentDiskEntity,
  EquipmentVolumeEntity,
  EquipmentNetworkInterfaceEntity,
  EquipmentIpAddressEntity,
  EquipmentSoftwareEntity,
  EquipmentIdentityEntity,
  EquipmentSourceEntity,
  InventoryHistoryEntity,
  ScanRunEntity,
  ScanResultEntity,
  SnmpCredentialHintEntity,
  AgentApiClientEntity,
  AgentEntity,
  PendingEquipmentEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  ImportedFileEntity,
  AgentReleaseEntity,
];
