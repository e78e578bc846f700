import type { EventSink, ServerEvent, ServerEventType } from '../../domain/events';

/** Keeps what services publish, in order; `onPublish` sees each event as it is published. */
export class CollectingEventSink implements EventSink {
  readonly events: ServerEvent[] = [];

  constructor(private readonly onPublish?: (event: ServerEvent) => void) {}

  publish(event: ServerEvent): void {
    this.events.push(event);
    this.onPublish?.(event);
  }

  ofType<T extends ServerEventType>(type: T): Extract<ServerEvent, { type: T }>[] {
    return this.events.filter((event): event is Extract<ServerEvent, { type: T }> => event.type === type);
  }
}
