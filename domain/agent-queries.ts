import type { AgentKind } from './agent-kind';
import type { SortField } from './list-sort';
import type { Page, SortedPageRequest } from './ports';
/** Read models of agents and the pending queue, as the API lists them. */
export interface AgentView {
  id: string;
  /** Our capture agent's UUID, the OCS or FusionInventory DEVICEID, the GLPI agent's GLPI-Agent-ID. */
  uuid: string;
  kind: AgentKind;
  hostname: string | null;
  version: string | null;
  status: string | null;
  ipAddress: string | null;
  equipmentId: string | null;
  lastContactAt: string | null;
  lastInventoryAt: string | null;
  online: boolean;
}

export interface PendingView {
  id: string;
  agentId: string;
  agentUuid: string;
  name: string | null;
  ipAddress: string | null;
  system: string | null;
  systemUuid: string | null;
  lastInventoryAt: string | null;
  suggestedEquipmentId: string | null;
  /** That equipment's name (null when there is none, or it was deleted since). */
  suggestedEquipmentName: string | null;
  /** Why that equipment: the identity that matched. */
  suggestionReason: string | null;
}

export interface AgentQueries {
  listAgents(): Promise<AgentView[]>;
  /** A page of the queue (oldest first by default); never the stored inventories (they can weigh megabytes each). */
  listPending(page: SortedPageRequest<SortField<'pending'>>): Promise<Page<PendingView>>;
  countPending(): Promise<number>;
}
