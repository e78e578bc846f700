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
      type: 'equipment.deleted';
      occurredAt: Date;
      /** An operator deleted it (`forget`), or deleted it and rejected its identities (`reject`). */
      data: { equipmentId: string; mode: 'forget' | 'reject' };
    }
  | {
      type: 'agent.offline';
      occurredAt: Date;
      data: { agentId: string; uuid: string; hostname: string | null; equipmentId: string | null; lastContactAt: string };
    };

export type DomainEventType = DomainEvent['type'];

export const DOMAIN_EVENT_TYPES = ['pending.created', 'equipment.created', 'equipment.merged', 'equipment.split', 'equipment.deleted', 'scan.completed', 'agent.offline'] as const satisfies readonly DomainEventType[];
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
      /**
       * `source`: the inventory's source, or `operator` for a change made through the API (PATCH);
       * `changed`: false when the inventory brought nothing new (only its date moved).
       */
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
      /**
       * Agents that made contact (a sync, a heartbeat, a PROLOG), coalesced: one event for all
       * the contacts of a window (see AgentContactCoalescer). `count`: distinct agents in it;
       * `agents`: the latest of them, at most AGENT_CONTACTS_LISTED, newest last.
       */
      data: { count: number; agents: AgentContact[] };
    };

/** One agent's contact, as `agent.contacted` lists it. */
export interface AgentContact {
  agentId: string;
  uuid: string;
  kind: string;
  equipmentId: string | null;
}

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

/** Agents an `agent.contacted` event names at most; `count` says how many there were. */
export const AGENT_CONTACTS_LISTED = 50;

/** How long contacts are gathered into one `agent.contacted`. @default 1000 */
export const AGENT_CONTACT_WINDOW_MS = 1000;

/**
 * An EventSink in front of another that coalesces `agent.contacted`: every event passes on at
 * once except agent contacts, which are gathered for `windowMs` from the first one and passed on
 * as one event (each agent once, its latest contact). 2,000 heartbeats a second (bench:agents'
 * target) so become one event a second of at most AGENT_CONTACTS_LISTED agents and a count,
 * rather than 2,000 events that would flood every stream and push everything else out of its
 * replay buffer (512 events). A screen re-reads the agents when told; it needs no more than that.
 */
export class AgentContactCoalescer implements EventSink {
  private readonly gathered = new Map<string, AgentContact>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly next: EventSink,
    private readonly clock: { now(): Date },
    private readonly windowMs: number = AGENT_CONTACT_WINDOW_MS,
  ) {
    if (!Number.isInteger(windowMs) || windowMs < 1) {
      throw new TypeError(`AgentContactCoalescer: windowMs must be a positive integer, got ${String(windowMs)}`);
    }
  }

  publish(event: ServerEvent): void {
    if (event.type !== 'agent.contacted') {
      this.next.publish(event);
      return;
    }
    for (const contact of event.data.agents) {
      // Deleted first so that the agent moves to the end: the newest contacts are listed last.
      this.gathered.delete(contact.agentId);
      this.gathered.set(contact.agentId, contact);
    }
    // unref: a window still open never holds the process up at shutdown.
    this.timer ??= setTimeout(() => this.flush(), this.windowMs).unref();
  }

  /** Passes on what has been gathered now (the timer's end, or shutdown). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.gathered.size === 0) {
      return;
    }
    const agents = [...this.gathered.values()];
    this.gathered.clear();
    this.next.publish({ type: 'agent.contacted', occurredAt: this.clock.now(), data: { count: agents.length, agents: agents.slice(-AGENT_CONTACTS_LISTED) } });
  }
}

/** Announces nothing: the default of services, and what tests use when they do not listen. */
export const noopEventSink: EventSink = { publish: () => undefined };
