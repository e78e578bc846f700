import { z } from 'zod';
import { DOMAIN_EVENT_TYPES, type ServerEventType } from '../../domain/events';
import type { EventStreams } from '../event-stream';
import { problemSchema } from '../schemas/common.schemas';
import { defineRoute, type RouteSpec } from '../route';

/** Every type the stream carries: the domain events (as webhooks have them) and the activity. */
export const STREAM_EVENT_TYPES = [...DOMAIN_EVENT_TYPES, 'scan.progress', 'equipment.updated', 'ocs.file', 'agent.contacted'] as const satisfies readonly ServerEventType[];
// Fails to compile when an event type is missing from the list.
const _everyTypeListed: [Exclude<ServerEventType, (typeof STREAM_EVENT_TYPES)[number]>] extends [never] ? true : never = true;

const eventsQuerySchema = z
  .object({
    types: z
      .string()
      .transform((text) => text.split(',').map((type) => type.trim()))
      .pipe(z.array(z.enum(STREAM_EVENT_TYPES)).min(1))
      .optional()
      .describe(`Comma-separated event types to receive (default: all): ${STREAM_EVENT_TYPES.join(', ')}`),
  })
  .strict();

const STREAM_DESCRIPTION = [
  'Server-Sent Events, each `id: <id>`, `event: <type>`, `data: {"type","occurredAt","data"}` (ids and counts, never documents);',
  'a `: heartbeat` comment every 20 s; `retry: 3000`. Send `Last-Event-ID` to replay what a reconnection missed;',
  'an `event: stream.gap` says it cannot be (restart, too old): read again what you show.',
  'Agent contacts are coalesced: at most one `agent.contacted` a second, `{count, agents}` (distinct agents of that second, the latest 50 listed), however many agents sync.',
  'An operator\'s changes are told too: `equipment.updated` with `source: "operator"` (PATCH), `equipment.deleted` with `mode` forget or reject (DELETE), `equipment.merged` and `equipment.split`.',
  'A browser EventSource cannot send Authorization: read it with fetch() and a stream reader.',
].join(' ');

export function eventRoutes(deps: { streams: EventStreams }): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/events',
      summary: 'Live events: scan progress and finish, OCS files imported or rejected, agent contacts, equipment created, updated, merged, split or deleted, pending machines',
      tag: 'events',
      access: 'read',
      query: eventsQuerySchema,
      responses: {
        200: { description: STREAM_DESCRIPTION, contentType: 'text/event-stream', schema: z.string() },
        400: { description: 'An unknown event type', schema: problemSchema },
        401: { description: 'No valid token: no stream is opened', schema: problemSchema },
        429: { description: 'This token has too many streams open', schema: problemSchema },
      },
      handler: async ({ req, res, query, caller }) => {
        const key = caller.kind === 'token' ? caller.principal.name : 'anonymous';
        const lastEventId = req.get('last-event-id');
        deps.streams.stream(req, res, { key, types: query.types, lastEventId });
        return { streamed: true };
      },
    }),
  ];
}
