import { describeMatch } from './reconcile';
import type { AgentStore, PendingRecord } from './agent-sync.service';
import type { EquipmentType } from './equipment';
import { DomainError, notFound } from './errors';
import type { InventoryService } from './inventory.service';
import type { EquipmentRepository } from './ports';

/** A push agent runs on a workstation or a laptop: only those may be chosen for it. */
export const ASSOCIABLE_TYPES: readonly EquipmentType[] = ['Workstation', 'Laptop'];

export interface Association {
  equipmentId: string;
  agentId: string;
  /** True when `create` made a new equipment, false when reconciliation found the machine already known. */
  created: boolean;
  /** Why, in a sentence: the identity that matched an existing equipment, or that none did. */
  reason: string;
}

/**
 * What an operator does with the pending queue: associate a machine with an existing
 * equipment, create one from it, or remove it. The agent's inventory goes through
 * reconciliation either way; from then on the agent's syncs update that equipment.
 */
export class PendingService {
  constructor(
    private readonly agents: AgentStore,
    private readonly equipment: Pick<EquipmentRepository, 'findById'>,
    private readonly inventory: InventoryService,
  ) {}

  async associate(pendingId: string, equipmentId: string): Promise<Association> {
    const pending = await this.require(pendingId);
    const equipment = await this.equipment.findById(equipmentId);
    if (!equipment) {
      throw new DomainError('unprocessable', `equipment ${equipmentId} does not exist`, { fields: [{ field: 'equipmentId', message: 'no such equipment' }] });
    }
    if (!ASSOCIABLE_TYPES.includes(equipment.type)) {
      throw new DomainError('unprocessable', `equipment ${equipmentId} is of type ${equipment.type}: a push agent can only be associated with ${ASSOCIABLE_TYPES.join(' or ')} equipment`, {
        fields: [{ field: 'equipmentId', message: `type ${equipment.type} is not ${ASSOCIABLE_TYPES.join(' or ')}` }],
      });
    }
    const uuid = await this.agentUuid(pending);
    // The inventory first: if it is refused (another machine's serial), the machine stays pending.
    await this.inventory.submit({ document: pending.document, handle: { source: 'push-agent', sourceKey: uuid }, attachTo: equipmentId, receivedAt: pending.lastInventoryAt ?? undefined });
    await this.agents.associate(pending.agentId, equipmentId, pending.id);
    return { equipmentId, agentId: pending.agentId, created: false, reason: 'associated by an operator' };
  }

  async create(pendingId: string): Promise<Association> {
    const pending = await this.require(pendingId);
    const uuid = await this.agentUuid(pending);
    // One machine is one equipment: when a scan or an OCS file already brought it, the agent joins that one.
    const outcome = await this.inventory.submit({ document: pending.document, handle: { source: 'push-agent', sourceKey: uuid }, receivedAt: pending.lastInventoryAt ?? undefined });
    await this.agents.associate(pending.agentId, outcome.equipmentId, pending.id);
    const reason = outcome.decision === 'created' ? `a new equipment: ${describeMatch(outcome.explanation)}` : `already known: ${describeMatch(outcome.explanation)}`;
    return { equipmentId: outcome.equipmentId, agentId: pending.agentId, created: outcome.decision === 'created', reason };
  }

  /** Removes the machine from the queue; the agent's next sync asks it for its inventory, which brings it back. */
  async remove(pendingId: string): Promise<void> {
    if (!(await this.agents.deletePending(pendingId))) {
      throw notFound('pending equipment', pendingId);
    }
  }

  private async require(pendingId: string): Promise<PendingRecord> {
    const pending = await this.agents.findPendingById(pendingId);
    if (!pending) {
      throw notFound('pending equipment', pendingId);
    }
    return pending;
  }

  private async agentUuid(pending: PendingRecord): Promise<string> {
    const agent = await this.agents.findById(pending.agentId);
    if (!agent) {
      throw notFound('agent', pending.agentId);
    }
    return agent.uuid;
  }
}
