import type { DomainEvent, DomainEventType, EventSink } from '../../domain/events';

/** Keeps what services publish, in order; `onPublish` sees each event as it is published. */
export class CollectingEventSink implements EventSink {
  readonly events: DomainEvent[] = [];

  constructor(private readonly onPublish?: (event: DomainEvent) => void) {}

  publish(event: DomainEvent): void {
    this.events.push(event);
    this.onPublish?.(event);
  }

  ofType<T extends DomainEventType>(type: T): Extract<DomainEvent, { type: T }>[] {
    return this.events.filter((event): event is Extract<DomainEvent, { type: T }> => event.type === type);
  }
}
