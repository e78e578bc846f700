import { CreateApiTokens1764064000000 } from './1764064000000-CreateApiTokens';
import { CreateInventoryConnections1764064100000 } from './1764064100000-CreateInventoryConnections';
import { CreateEquipment1764064200000 } from './1764064200000-CreateEquipment';
import { CreateEquipmentComponents1764064300000 } from './1764064300000-CreateEquipmentComponents';
import { CreateEquipmentIdentities1764064400000 } from './1764064400000-CreateEquipmentIdentities';
import { CreateInventoryHistory1764064500000 } from './1764064500000-CreateInventoryHistory';
import { CreateScanRuns1764064600000 } from './1764064600000-CreateScanRuns';
import { CreateAgents1764064700000 } from './1764064700000-CreateAgents';
import { CreatePendingEquipment1764064800000 } from './1764064800000-CreatePendingEquipment';
import { CreateWebhookSubscriptions1764064900000 } from './1764064900000-CreateWebhookSubscriptions';
import { CreateImportedFiles1764065000000 } from './1764065000000-CreateImportedFiles';
import { CreateSnmpCredentialHints1764065100000 } from './1764065100000-CreateSnmpCredentialHints';
import { AddNotesToScanRuns1764065200000 } from './1764065200000-AddNotesToScanRuns';
import { AddSecretCiphertextToAgentApiClients1764065300000 } from './1764065300000-AddSecretCiphertextToAgentApiClients';
import { CreateWebhookDeliveries1764065400000 } from './1764065400000-CreateWebhookDeliveries';
import { CreateAgentReleases1764065500000 } from './1764065500000-CreateAgentReleases';
import { TrackIdentitySightings1764065600000 } from './1764065600000-TrackIdentitySightings';
import { CreateRejectedIdentities1764065700000 } from './1764065700000-CreateRejectedIdentities';
import { AddProvenanceToEquipment1764065800000 } from './1764065800000-AddProvenanceToEquipment';
import { CreateMergeSnapshots1764065900000 } from './1764065900000-CreateMergeSnapshots';
import { AddSuggestionReasonToPendingEquipment1764066000000 } from './1764066000000-AddSuggestionReasonToPendingEquipment';
import { AddAddressSortKeys1764066100000 } from './1764066100000-AddAddressSortKeys';
import { CreateListSortIndexes1764066200000 } from './1764066200000-CreateListSortIndexes';

/** Every migration, oldest first. Listed by hand so the compiled build needs no glob. */
export const MIGRATIONS = [
  CreateApiTokens1764064000000,
  CreateInventoryConnections1764064100000,
  CreateEquipment1764064200000,
  CreateEquipmentComponents1764064300000,
  CreateEquipmentIdentities1764064400000,
  CreateInventoryHistory1764064500000,
  CreateScanRuns1764064600000,
  CreateAgents1764064700000,
  CreatePendingEquipment1764064800000,
  CreateWebhookSubscriptions1764064900000,
  CreateImportedFiles1764065000000,
  CreateSnmpCredentialHints1764065100000,
  AddNotesToScanRuns1764065200000,
  AddSecretCiphertextToAgentApiClients1764065300000,
  CreateWebhookDeliveries1764065400000,
  CreateAgentReleases1764065500000,
  TrackIdentitySightings1764065600000,
  CreateRejectedIdentities1764065700000,
  AddProvenanceToEquipment1764065800000,
  CreateMergeSnapshots1764065900000,
  AddSuggestionReasonToPendingEquipment1764066000000,
  AddAddressSortKeys1764066100000,
  CreateListSortIndexes1764066200000,
];
