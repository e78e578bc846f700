/**
 * What happened in the domain that someone outside may want to hear about
 * (webhooks and the live stream). Events carry ids and a few facts a receiver can act on,
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
 * What the live stream (GET /api/v1/events) carries besides the domain events: frequent
 * facts for a screen open now, not for a webhook receiver. Ids and counts, never documents.
 */
export type ActivityEvent =
  | {
      type: 'scan.progress';
      occurredAt: Date;
      /** The run's counts so far (as GET /scans/:id has them). */
      data: { runId: string; connectionId: string; counts: Record<string, number> };
    }
  | {
      type: 'equipment.updated';
      occurredAt: Date;
      /** `changed`: false when the inventory brought nothing new (only its date moved). */
      data: { equipmentId: string; source: string; connectionId: string | null; changed: boolean };
    }
  | {
      type: 'ocs.file';
      occurredAt: Date;
      /** A file of a watched OCS folder, finished: its name (not its path), and why when rejected. */
      data: { connectionId: string; file: string; outcome: 'imported' | 'duplicate' | 'rejected'; equipmentId: string | null; reason: string | null };
    }
  | {
      type: 'agent.contacted';
      occurredAt: Date;
      data: { agentId: string; uuid: string; kind: string; equipmentId: string | null };
    };

/** Every event a service publishes: the domain events (webhooks hear those) and the activity (only the live stream does). */
export type ServerEvent = DomainEvent | ActivityEvent;
export type ServerEventType = ServerEvent['type'];

const DOMAIN_TYPES: ReadonlySet<string> = new Set(DOMAIN_EVENT_TYPES);

export function isDomainEvent(event: ServerEvent): event is DomainEvent {
  return DOMAIN_TYPES.has(event.type);
}

/**
 * Where services announce events. `publish` returns at once and never throws:
 * the work that caused the event is already done and must not fail or wait for a listener.
 */
export interface EventSink {
  publish(event: ServerEvent): void;
}

/**
 * The one event source of the process: domain events go on to the webhooks, and every
 * event to the live subscribers (the event stream's clients). A subscriber that throws is
 * its own bug: it is told to the `onListenerError`, never to the publisher.
 */
export class EventHub implements EventSink {
  private readonly listeners = new Set<(event: ServerEvent) => void>();

  constructor(
    private readonly webhooks: { publish(event: DomainEvent): void },
    private readonly onListenerError: (error: unknown) => void = () => undefined,
  ) {}

  publish(event: ServerEvent): void {
    if (isDomainEvent(event)) {
      this.webhooks.publish(event);
    }
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  /** Hears every event from now on; answers the function that stops it. */
  subscribe(listener: (event: ServerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}

/** Announces nothing: the default of services, and what tests use when they do not listen. */
export const noopEventSink: EventSink = { publish: () => undefined };
