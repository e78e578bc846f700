import { randomUUID } from 'node:crypto';
import type { AgentApiClient } from './agent-access';
import type { AgentAccessService, IssuedCredentials } from './agent-access.service';
import type { Clock } from './clock';
import { noopEventSink, type EventSink } from './events';
import type { InventoryDocument } from './inventory-document';
import { hashDocument } from './inventory-hash';
import type { InventoryService } from './inventory.service';

export interface AgentRecord {
  id: string;
  uuid: string;
  equipmentId: string | null;
  hostname: string | null;
  version: string | null;
  status: string | null;
  ipAddress: string | null;
  clientId: string | null;
  inventoryHash: string | null;
  lastContactAt: Date | null;
  lastInventoryAt: Date | null;
  createdAt: Date;
}

export interface PendingRecord {
  id: string;
  agentId: string;
  name: string | null;
  ipAddress: string | null;
  os: string | null;
  systemUuid: string | null;
  lastInventoryAt: Date | null;
  suggestedEquipmentId: string | null;
  document: InventoryDocument;
  createdAt: Date;
}

export interface AgentStore {
  findByUuid(uuid: string): Promise<AgentRecord | null>;
  /** Inserts or updates by id; a second agent row for one UUID fails (unique), as a retryable error. */
  save(agent: AgentRecord): Promise<void>;
  findPendingByAgent(agentId: string): Promise<PendingRecord | null>;
  savePending(pending: PendingRecord): Promise<void>;
}

export interface SyncRequest {
  uuid: string;
  agentVersion: string;
  status: string;
  date: string;
  inventoryHash: string;
  inventory?: InventoryDocument;
}

export interface SyncAnswer {
  accepted: true;
  nextCheckSeconds: number;
  /** The server holds no inventory of this unassociated agent (its pending entry was removed): send it next time. */
  inventoryRequired?: true;
  configUpdate?: IssuedCredentials;
}

/** Agents check hourly; each answer moves the next check by up to ±10% so that a building booting at 8:00 spreads out. */
export const CHECK_INTERVAL_SECONDS = 3600;
const JITTER = 0.1;
/** An agent is Online while its last contact is within its longest check interval plus this grace. */
const ONLINE_GRACE_SECONDS = 15 * 60;

/** An agent is Offline once its last contact is older than this. */
export const OFFLINE_AFTER_MS = (CHECK_INTERVAL_SECONDS * (1 + JITTER) + ONLINE_GRACE_SECONDS) * 1000;

export function isOnline(lastContactAt: Date | null, now: Date): boolean {
  return lastContactAt !== null && now.getTime() - lastContactAt.getTime() <= OFFLINE_AFTER_MS;
}

/**
 * A push agent's sync: records the contact (version, status, address), and when an
 * inventory comes with it, updates the associated equipment through reconciliation or,
 * for an agent not yet associated, puts the machine in the pending queue. The answer is
 * built only after everything is committed.
 */
export class AgentSyncService {
  constructor(
    private readonly agents: AgentStore,
    private readonly inventory: InventoryService,
    private readonly access: AgentAccessService,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
    private readonly events: EventSink = noopEventSink,
  ) {}

  async sync(client: AgentApiClient, request: SyncRequest, ipAddress: string | null): Promise<SyncAnswer> {
    const now = this.clock.now();
    const existing = await this.agents.findByUuid(request.uuid);
    const agent: AgentRecord = {
      ...(existing ?? { id: randomUUID(), uuid: request.uuid, equipmentId: null, hostname: null, inventoryHash: null, lastInventoryAt: null, createdAt: now }),
      version: request.agentVersion,
      status: request.status,
      ipAddress,
      clientId: client.clientId,
      lastContactAt: now,
    };
    const inventory = request.inventory;
    if (inventory) {
      const hash = hashDocument(inventory);
      // The same inventory again costs a row update, not a reconciliation.
      if (agent.equipmentId && hash !== agent.inventoryHash) {
        await this.inventory.submit({ document: inventory, handle: { source: 'push-agent', sourceKey: request.uuid } });
      }
      agent.hostname = inventory.identity.hostname ?? agent.hostname;
      agent.lastInventoryAt = now;
      agent.inventoryHash = hash;
    }
    await this.agents.save(agent);
    let inventoryRequired = false;
    if (!agent.equipmentId) {
      if (inventory) {
        await this.queuePending(agent, inventory, ipAddress, now); // after the agent row it refers to
      } else {
        inventoryRequired = !(existing && (await this.agents.findPendingByAgent(existing.id)));
      }
    }
    const configUpdate = await this.access.configUpdateFor(client.clientId);
    return {
      accepted: true,
      nextCheckSeconds: Math.round(CHECK_INTERVAL_SECONDS * (1 - JITTER + 2 * JITTER * this.random())),
      ...(inventoryRequired ? { inventoryRequired: true as const } : {}),
      ...(configUpdate ? { configUpdate } : {}),
    };
  }

  private async queuePending(agent: AgentRecord, document: InventoryDocument, ipAddress: string | null, now: Date): Promise<void> {
    const existing = await this.agents.findPendingByAgent(agent.id);
    const pending: PendingRecord = {
      id: existing?.id ?? randomUUID(),
      agentId: agent.id,
      name: document.identity.hostname ?? null,
      ipAddress,
      os: [document.os?.name, document.os?.version].filter(Boolean).join(' ') || null,
      systemUuid: document.identity.systemUuid ?? null,
      lastInventoryAt: now,
      suggestedEquipmentId: await this.inventory.suggestMatch(document),
      document,
      createdAt: existing?.createdAt ?? now,
    };
    await this.agents.savePending(pending);
    if (!existing) {
      const data = { pendingId: pending.id, agentId: agent.id, agentUuid: agent.uuid, name: pending.name, ipAddress, system: pending.os, suggestedEquipmentId: pending.suggestedEquipmentId };
      this.events.publish({ type: 'pending.created', occurredAt: now, data });
    }
  }
}
