/**
 * What happened in the domain that someone outside may want to hear about
 * (webhooks today). Events carry ids and a few facts a receiver can act on,
 * never a secret or a whole inventory.
 */
export type DomainEvent =
  | {
      type: 'pending.created';
      occurredAt: Date;
      data: { pendingId: string; agentId: string; agentUuid: string; name: string | null; ipAddress: string | null; system: string | null; suggestedEquipmentId: string | null };
    }
  | {
      type: 'equipment.created';
      occurredAt: Date;
      data: { equipmentId: string; source: string; connectionId: string | null };
    }
  | {
      type: 'equipment.merged';
      occurredAt: Date;
      /** `rule`: the identity kind that proved it (automatic), or operator. The absorbed ids answer 404 from now on. */
      data: { equipmentId: string; absorbed: { equipmentId: string; name: string | null }[]; rule: string | null };
    }
  | {
      type: 'equipment.split';
      occurredAt: Date;
      /** An operator moved identities and sources to `newEquipmentId` (`undoneMerge`: an absorbed equipment restored). */
      data: { equipmentId: string; newEquipmentId: string; identities: { kind: string; value: string }[]; sources: string[]; undoneMerge: boolean };
    }
  | {
      type: 'scan.completed';
      occurredAt: Date;
      /** `status`: completed, cancelled or failed; every finished run is announced. */
      data: { runId: string; connectionId: string; status: string; counts: Record<string, number> };
    }
  | {
      type: 'agent.offline';
      occurredAt: Date;
      data: { agentId: string; uuid: string; hostname: string | null; equipmentId: string | null; lastContactAt: string };
    };

export type DomainEventType = DomainEvent['type'];

export const DOMAIN_EVENT_TYPES = ['pending.created', 'equipment.created', 'equipment.merged', 'equipment.split', 'scan.completed', 'agent.offline'] as const satisfies readonly DomainEventType[];
// Fails to compile when an event of the union is missing from the list.
const _everyTypeListed: [Exclude<DomainEventType, (typeof DOMAIN_EVENT_TYPES)[number]>] extends [never] ? true : never = true;

/**
 * Where services announce events. `publish` returns at once and never throws:
 * the work that caused the event is already done and must not fail or wait for a listener.
 */
export interface EventSink {
  publish(event: DomainEvent): void;
}

/** Announces nothing: the default of services, and what tests use when they do not listen. */
export const noopEventSink: EventSink = { publish: () => undefined };
