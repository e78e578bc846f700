import { randomUUID } from 'node:crypto';
import type { AgentApiClient } from './agent-access';
import type { AgentKind } from './agent-kind';
import type { AgentAccessService } from './agent-access.service';
import type { Clock } from './clock';
import { retryingClashes } from './retry';
import { Semaphore } from './semaphore';
import { noopEventSink, type EventSink } from './events';
import type { InventoryDocument } from '../contracts/inventory-document';
import { hashDocument } from '../contracts/inventory-hash';
import { statedSections } from './field-ownership';
import type { InventoryService } from './inventory.service';
import type { SyncAnswer, SyncRequest } from '../contracts/push-sync.protocol';

export interface AgentRecord {
  id: string;
  uuid: string;
  kind: AgentKind;
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
  /** Why reconciliation suggests it: the identity that matched. */
  suggestionReason?: string | null;
  document: InventoryDocument;
  createdAt: Date;
}

/** An agent as a sync needs it: its row and whether its machine waits in the pending queue. */
export interface AgentSyncState extends AgentRecord {
  pendingId: string | null;
}

/** What every sync records: contact fields, and the inventory fields when it carried an inventory. */
export interface AgentContact {
  /** Used only when the agent is new. */
  id: string;
  uuid: string;
  /** Set when the agent is new, never changed afterwards. */
  kind: AgentKind;
  version: string;
  status: string;
  ipAddress: string | null;
  clientId: string;
  lastContactAt: Date;
  createdAt: Date;
  inventory?: { hostname: string | null; inventoryHash: string; lastInventoryAt: Date };
}

export interface AgentStore {
  findForSync(uuid: string): Promise<AgentSyncState | null>;
  /** Inserts the agent or updates its contact (and inventory) fields; committed when it resolves. */
  recordContact(contact: AgentContact): Promise<void>;
  /** The contact and the machine's pending entry (inserted, or replaced by agent), in one transaction. */
  recordPending(contact: AgentContact, pending: PendingRecord): Promise<void>;
  findById(id: string): Promise<AgentRecord | null>;
  findPendingById(id: string): Promise<PendingRecord | null>;
  /** Answers false when there was no such entry. */
  deletePending(id: string): Promise<boolean>;
  /** Sets the agent's equipment and removes its pending entry, in one transaction. */
  associate(agentId: string, equipmentId: string, pendingId: string): Promise<void>;
  /** Sets the agent's equipment (a new machine reconciled at once, with no pending entry). */
  attach(agentId: string, equipmentId: string): Promise<void>;
}

/** The domain's part of the answer; the endpoint adds the `agentUpdate` offer. */
export type SyncOutcome = Omit<SyncAnswer, 'agentUpdate'>;

/** An agent's clock may be wrong: a `date` more than this ahead of the server's is taken as now. */
const MAX_CLOCK_AHEAD_MS = 10 * 60_000;

/** When the agent took its inventory (its `date`), the server's now when that is unreadable or in the future. */
function observedAt(date: string, now: Date): Date {
  const taken = new Date(date);
  return Number.isNaN(taken.getTime()) || taken.getTime() > now.getTime() + MAX_CLOCK_AHEAD_MS ? now : taken;
}

/** Agents check hourly; each answer moves the next check by up to ±10% so that a building booting at 8:00 spreads out. */
export const CHECK_INTERVAL_SECONDS = 3600;
const JITTER = 0.1;
/** An agent is Online while its last contact is within its longest check interval plus this grace. */
const ONLINE_GRACE_SECONDS = 15 * 60;
const MAX_ATTEMPTS = 4;
const RECONCILIATIONS_AT_ONCE = 4;

/** An agent is Offline once its last contact is older than this. */
export const OFFLINE_AFTER_MS = (CHECK_INTERVAL_SECONDS * (1 + JITTER) + ONLINE_GRACE_SECONDS) * 1000;

/**
 * Agents of other kinds (OCS, FusionInventory, GLPI) contact us when they inventory, once a day
 * by default (the PROLOG_FREQ or expiration we answer): Offline after a day and a tenth, plus the grace.
 */
export const NATIVE_OFFLINE_AFTER_MS = (24 * 3600 * (1 + JITTER) + ONLINE_GRACE_SECONDS) * 1000;

export function isOnline(lastContactAt: Date | null, now: Date, kind: AgentKind = 'capture-agent'): boolean {
  const offlineAfterMs = kind === 'capture-agent' ? OFFLINE_AFTER_MS : NATIVE_OFFLINE_AFTER_MS;
  return lastContactAt !== null && now.getTime() - lastContactAt.getTime() <= offlineAfterMs;
}

/** How a sync came: the inventory's hash when the caller computed it already, and the agent's kind (default ours). */
export interface SyncOptions {
  inventoryHash?: string;
  kind?: AgentKind;
  /** A machine the server does not know yet: to the pending queue (default), or reconciled at once as OCS files are. */
  newMachines?: 'pending' | 'create';
  /** The inventory carries only the sections that changed (the GLPI agent's partial inventories): the others are kept. */
  partial?: boolean;
  /** The agent's row as the caller has just read it (null: none), used by the first attempt instead of reading it again; a retry reads it afresh. */
  known?: AgentSyncState | null;
}

/**
 * A push agent's sync: records the contact (version, status, address), and when an
 * inventory comes with it, updates the associated equipment through reconciliation or,
 * for an agent not yet associated, puts the machine in the pending queue. The answer is
 * built only after everything is committed.
 */
export class AgentSyncService {
  private readonly reconciling = new Semaphore(RECONCILIATIONS_AT_ONCE);

  constructor(
    private readonly agents: AgentStore,
    private readonly inventory: InventoryService,
    private readonly access: AgentAccessService,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
    private readonly events: EventSink = noopEventSink,
  ) {}

  /**
   * A few reconciliations at a time, the others waiting their turn: interleaving dozens of them
   * on one event loop makes every one of them slow (a long latency tail) for no more throughput.
   */
  private async reconcile(document: InventoryDocument, request: SyncRequest, hash: string, now: Date, partial: boolean): Promise<{ equipmentId: string }> {
    await this.reconciling.acquire();
    try {
      return await this.inventory.submit({ document, handle: { source: 'push-agent', sourceKey: request.uuid }, contentHash: hash, receivedAt: observedAt(request.date, now), partial });
    } finally {
      this.reconciling.release();
    }
  }

  /** A partial inventory of a machine still pending: its sections replace those of the pending document, the others stay. */
  private async overPending(pendingId: string, partial: InventoryDocument): Promise<InventoryDocument> {
    const pending = await this.agents.findPendingById(pendingId);
    return pending ? { ...pending.document, ...statedSections(partial), identity: { ...pending.document.identity, ...partial.identity } } : partial;
  }

  private async suggestion(document: InventoryDocument): Promise<{ suggestedEquipmentId: string | null; suggestionReason: string | null }> {
    const match = await this.inventory.suggestMatch(document);
    return { suggestedEquipmentId: match?.equipmentId ?? null, suggestionReason: match?.reason.slice(0, 512) ?? null };
  }

  async sync(client: AgentApiClient, request: SyncRequest, ipAddress: string | null, options: SyncOptions = {}): Promise<SyncOutcome> {
    // Two first syncs of one new agent race on its row: the second finds the first's on a retry.
    let known = options.known;
    return retryingClashes(MAX_ATTEMPTS, async () => {
      const existing = known !== undefined ? known : await this.agents.findForSync(request.uuid);
      known = undefined;
      return this.syncOnce(client, request, ipAddress, { ...options, existing });
    });
  }

  private async syncOnce(
    client: AgentApiClient,
    request: SyncRequest,
    ipAddress: string | null,
    { existing, inventoryHash, kind = 'capture-agent', newMachines = 'pending', partial = false }: SyncOptions & { existing: AgentSyncState | null },
  ): Promise<SyncOutcome> {
    const now = this.clock.now();
    const contact: AgentContact = {
      id: existing?.id ?? randomUUID(),
      uuid: request.uuid,
      kind: existing?.kind ?? kind,
      version: request.agentVersion,
      status: request.status,
      ipAddress,
      clientId: client.clientId,
      lastContactAt: now,
      createdAt: existing?.createdAt ?? now,
    };
    let inventoryRequired = false;
    const document = request.inventory && partial && existing?.pendingId ? await this.overPending(existing.pendingId, request.inventory) : request.inventory;
    if (!document) {
      await this.agents.recordContact(contact);
      // The server holds no inventory of it: a new agent, a removed pending entry, a deleted equipment.
      inventoryRequired = !existing || existing.inventoryHash === null || (!existing.equipmentId && !existing.pendingId);
    } else {
      const hash = inventoryHash ?? hashDocument(document);
      contact.inventory = { hostname: document.identity.hostname ?? existing?.hostname ?? null, inventoryHash: hash, lastInventoryAt: now };
      if (existing?.equipmentId) {
        // The same inventory again costs a row update, not a reconciliation.
        if (hash !== existing.inventoryHash) {
          await this.reconcile(document, request, hash, now, partial);
        }
        await this.agents.recordContact(contact);
      } else if (newMachines === 'create' && !existing?.pendingId) {
        // Reconciled before the agent row names its equipment: a crash between the two is repaired by the
        // next inventory, which reconciliation joins to the same equipment through the agent's source key.
        const { equipmentId } = await this.reconcile(document, request, hash, now, partial);
        await this.agents.recordContact(contact);
        await this.agents.attach(contact.id, equipmentId);
      } else {
        const pending: PendingRecord = {
          id: existing?.pendingId ?? randomUUID(),
          agentId: contact.id,
          name: document.identity.hostname ?? null,
          ipAddress,
          os: [document.os?.name, document.os?.version].filter(Boolean).join(' ') || null,
          systemUuid: document.identity.systemUuid ?? null,
          // When the agent took it: associating the entry later reconciles it as of that time.
          lastInventoryAt: observedAt(request.date, now),
          ...(await this.suggestion(document)),
          document,
          createdAt: now,
        };
        await this.agents.recordPending(contact, pending);
        if (!existing?.pendingId) {
          const data = { pendingId: pending.id, agentId: contact.id, agentUuid: contact.uuid, name: pending.name, ipAddress, system: pending.os, suggestedEquipmentId: pending.suggestedEquipmentId };
          this.events.publish({ type: 'pending.created', occurredAt: now, data });
        }
      }
    }
    this.events.publish({ type: 'agent.contacted', occurredAt: now, data: { count: 1, agents: [{ agentId: contact.id, uuid: contact.uuid, kind: contact.kind, equipmentId: existing?.equipmentId ?? null }] } });
    const configUpdate = await this.access.configUpdateFor(client.clientId);
    return {
      accepted: true,
      nextCheckSeconds: Math.round(CHECK_INTERVAL_SECONDS * (1 - JITTER + 2 * JITTER * this.random())),
      ...(inventoryRequired ? { inventoryRequired: true as const } : {}),
      ...(configUpdate ? { configUpdate } : {}),
    };
  }
}
