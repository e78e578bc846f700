import { createHash } from 'node:crypto';
import type { InventoryDocument } from '../contracts/inventory-document';
import type { SyncRequest } from '../contracts/push-sync.protocol';
import type { AgentApiClient } from './agent-access';
import type { AgentKind } from './agent-kind';
import type { AgentStore, AgentSyncService } from './agent-sync.service';
import type { Clock } from './clock';

/** Who is calling: an OCS, FusionInventory or GLPI agent, as its request and headers say. */
export interface NativeAgentCaller {
  kind: Exclude<AgentKind, 'capture-agent'>;
  version: string;
  /** The OCS / FusionInventory DEVICEID ("host-2026-12-02-01-24-10"), or the GLPI agent's GLPI-Agent-ID. */
  deviceId: string;
  ipAddress: string | null;
}

export interface NativeAgentSettings {
  /** How often an agent is asked for a full inventory, in hours (OCS PROLOG_FREQ, GLPI `expiration`). */
  inventoryEveryHours: number;
  /** A machine the server does not know: to the pending queue, as our agents' (default), or reconciled at once, as OCS files are. */
  newMachines: 'pending' | 'create';
}

/** What the agent is told after its first request of a run. */
export interface ContactAnswer {
  /** Send an inventory now (OCS `SEND`), or not (`STOP`): the last one is recent. */
  inventoryDue: boolean;
  /** When to come back, in hours. */
  everyHours: number;
}

/** Agents table keys hold 64 characters: a longer DEVICEID keeps its start and a digest of the whole. */
const AGENT_KEY_LENGTH = 64;

export function agentKeyOf(deviceId: string): string {
  const id = deviceId.trim();
  return id.length <= AGENT_KEY_LENGTH ? id : `${id.slice(0, AGENT_KEY_LENGTH - 21)}~${createHash('sha256').update(id).digest('hex').slice(0, 20)}`;
}

/**
 * The agents IT teams already run (OCS Inventory, FusionInventory, the GLPI agent), as agents of
 * ours: each contact and inventory goes through the same sync as our capture agent's, so the
 * agent API's Active/Inactive status, the pending queue and reconciliation apply to them alike.
 * What differs is only when they inventory: they cannot say what changed, so they are asked for an
 * inventory when the server has none of theirs or the last is older than `inventoryEveryHours`.
 */
export class NativeAgentService {
  constructor(
    private readonly agents: Pick<AgentStore, 'findForSync'>,
    private readonly sync: Pick<AgentSyncService, 'sync'>,
    private readonly clock: Clock,
    private readonly settings: NativeAgentSettings,
  ) {}

  /** An agent's first request of a run (OCS PROLOG, GLPI CONTACT): records the contact; says whether an inventory is due. */
  async contact(client: AgentApiClient, caller: NativeAgentCaller): Promise<ContactAnswer> {
    const uuid = agentKeyOf(caller.deviceId);
    const existing = await this.agents.findForSync(uuid);
    const now = this.clock.now();
    // The row read here is the sync's too: a PROLOG read it twice before.
    const outcome = await this.sync.sync(client, this.requestOf(caller, now, existing?.inventoryHash ?? 'none'), caller.ipAddress, { kind: caller.kind, known: existing });
    const everyMs = this.settings.inventoryEveryHours * 3600_000;
    // A few minutes early counts as due: agents come back on their own schedule, not to the second.
    const recent = existing?.lastInventoryAt && now.getTime() - existing.lastInventoryAt.getTime() < everyMs - 5 * 60_000;
    return { inventoryDue: Boolean(outcome.inventoryRequired) || !recent, everyHours: this.settings.inventoryEveryHours };
  }

  /** An inventory: stored like our agent's (the equipment updated, or the machine in the pending queue); committed when it resolves. */
  async inventory(client: AgentApiClient, caller: NativeAgentCaller, document: InventoryDocument, options: { partial?: boolean; inventoryHash?: string } = {}): Promise<void> {
    const request: SyncRequest = { ...this.requestOf(caller, this.clock.now(), options.inventoryHash ?? 'unhashed'), inventory: document };
    await this.sync.sync(client, request, caller.ipAddress, { kind: caller.kind, inventoryHash: options.inventoryHash, newMachines: this.settings.newMachines, partial: options.partial });
  }

  private requestOf(caller: NativeAgentCaller, now: Date, inventoryHash: string): SyncRequest {
    return { uuid: agentKeyOf(caller.deviceId), agentVersion: caller.version, status: 'OK', date: now.toISOString(), inventoryHash };
  }
}
