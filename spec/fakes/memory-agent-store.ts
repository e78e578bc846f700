import type { AgentContactQueries } from '../../domain/agent-presence';
import type { AgentContact, AgentRecord, AgentStore, AgentSyncState, PendingRecord } from '../../domain/agent-sync.service';
import { DomainError } from '../../domain/errors';
import type { EquipmentReferences } from './memory-inventory-store';

/**
 * The AgentStore of db/repositories/agent.repository.ts, in memory: agents upserted by
 * UUID (the unique key), one pending entry per agent (unique agent_id, referencing the
 * agent), and agents.equipment_id following equipment merged into another.
 */
export class MemoryAgentStore implements AgentStore, AgentContactQueries, EquipmentReferences {
  private readonly agents = new Map<string, AgentRecord>();
  private readonly pending = new Map<string, PendingRecord>();

  async findForSync(uuid: string): Promise<AgentSyncState | null> {
    const agent = this.byUuid(uuid);
    if (!agent) {
      return null;
    }
    const pending = [...this.pending.values()].find((entry) => entry.agentId === agent.id);
    return { ...agent, pendingId: pending?.id ?? null };
  }

  async recordContact(contact: AgentContact): Promise<void> {
    this.upsert(contact);
  }

  async recordPending(contact: AgentContact, pending: PendingRecord): Promise<void> {
    // One transaction: the pending entry must reference the agent row the upsert left.
    const agentId = this.byUuid(contact.uuid)?.id ?? contact.id;
    if (agentId !== pending.agentId) {
      throw new DomainError('retryable', `the database refused a concurrent write (pending entry of agent ${pending.agentId}, which is not agent ${contact.uuid}'s row); try again`);
    }
    this.upsert(contact);
    const existing = [...this.pending.values()].find((entry) => entry.agentId === pending.agentId);
    if (existing) {
      // ON CONFLICT (agent_id): the entry keeps its id and creation time.
      const { name, ipAddress, os, systemUuid, lastInventoryAt, suggestedEquipmentId, suggestionReason, document } = pending;
      this.pending.set(existing.id, { ...existing, name, ipAddress, os, systemUuid, lastInventoryAt, suggestedEquipmentId, suggestionReason, document: structuredClone(document) });
    } else {
      this.pending.set(pending.id, { ...pending, document: structuredClone(pending.document) });
    }
  }

  async findById(id: string): Promise<AgentRecord | null> {
    const agent = this.agents.get(id);
    return agent ? { ...agent } : null;
  }

  async findPendingById(id: string): Promise<PendingRecord | null> {
    const entry = this.pending.get(id);
    return entry ? { ...entry, document: structuredClone(entry.document) } : null;
  }

  async deletePending(id: string): Promise<boolean> {
    return this.pending.delete(id);
  }

  async associate(agentId: string, equipmentId: string, pendingId: string): Promise<void> {
    const agent = this.agents.get(agentId);
    if (agent) {
      agent.equipmentId = equipmentId;
    }
    this.pending.delete(pendingId);
  }

  async attach(agentId: string, equipmentId: string): Promise<void> {
    const agent = this.agents.get(agentId);
    if (agent) {
      agent.equipmentId = equipmentId;
    }
  }

  async findLastContactBetween(from: Date, to: Date): Promise<AgentRecord[]> {
    return [...this.agents.values()].filter((agent) => agent.lastContactAt !== null && agent.lastContactAt >= from && agent.lastContactAt < to).map((agent) => ({ ...agent }));
  }

  reassignEquipment(duplicateId: string, targetId: string): void {
    for (const agent of this.agents.values()) {
      if (agent.equipmentId === duplicateId) {
        agent.equipmentId = targetId;
      }
    }
    for (const entry of this.pending.values()) {
      if (entry.suggestedEquipmentId === duplicateId) {
        entry.suggestedEquipmentId = targetId;
      }
    }
  }

  // ---- Reads for specs and the other fakes ------------------------------------

  byUuid(uuid: string): AgentRecord | undefined {
    const agent = [...this.agents.values()].find((candidate) => candidate.uuid === uuid);
    return agent && { ...agent };
  }

  pendingEntries(): PendingRecord[] {
    return [...this.pending.values()].map((entry) => ({ ...entry }));
  }

  /** Agents whose last sync used this client ID (AgentClientStore.countAgentsUsing). */
  countUsing(clientId: string): number {
    return [...this.agents.values()].filter((agent) => agent.clientId === clientId).length;
  }

  /**
   * INSERT ... ON CONFLICT (uuid) DO UPDATE: the contact fields, and the inventory fields
   * when the contact carries an inventory.
   */
  private upsert(contact: AgentContact): void {
    const existing = [...this.agents.values()].find((agent) => agent.uuid === contact.uuid);
    const { version, status, ipAddress, clientId, lastContactAt, inventory } = contact;
    if (existing) {
      Object.assign(existing, { version, status, ipAddress, clientId, lastContactAt }, inventory ?? {});
      return;
    }
    this.agents.set(contact.id, {
      id: contact.id,
      uuid: contact.uuid,
      kind: contact.kind,
      equipmentId: null,
      hostname: inventory?.hostname ?? null,
      version,
      status,
      ipAddress,
      clientId,
      inventoryHash: inventory?.inventoryHash ?? null,
      lastContactAt,
      lastInventoryAt: inventory?.lastInventoryAt ?? null,
      createdAt: contact.createdAt,
    });
  }
}
