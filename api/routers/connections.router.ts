import { z } from 'zod';
import { CONNECTION_TYPES, type Connection, type WatcherStates, type WatcherStatus } from '../../domain/connection';
import type { ConnectionService } from '../../domain/connection.service';
import { idParamSchema, pageResponseSchema, problemSchema, sortedPageOf, sortedPageQuerySchema } from '../schemas/common.schemas';
import { connectionDocSchema, connectionPatchSchema, connectionResponseSchema, toConnectionResponse } from '../schemas/connection.schemas';
import { defineRoute, type RouteSpec } from '../route';

const listQuery = sortedPageQuerySchema('connections').extend({ type: z.enum(CONNECTION_TYPES).optional(), enabled: z.stringbool().optional() }).strict();
const problems = { 400: { description: 'Invalid request', schema: problemSchema }, 401: { description: 'No valid token', schema: problemSchema } };

/** The folder watcher as the routes read it: its state now, or once a save has taken effect. */
export interface WatcherStateReader extends WatcherStates {
  settledState(connection: Pick<Connection, 'id' | 'type' | 'enabled'>): Promise<WatcherStatus | null>;
}

/** When a connection's schedule fires next (collector/scheduler.ts). */
export interface ScheduleReader {
  nextRunOf(connectionId: string): Date | null;
}

export function connectionRoutes(deps: { connections: ConnectionService; watcher: WatcherStateReader; scheduler: ScheduleReader }): RouteSpec[] {
  const { connections, watcher, scheduler } = deps;
  const shown = (connection: Connection) => toConnectionResponse(connection, watcher.state(connection), scheduler.nextRunOf(connection.id));
  // A save answers the state its change led to: a missing folder says failing in the 201 itself.
  const saved = async (connection: Connection) => toConnectionResponse(connection, await watcher.settledState(connection), scheduler.nextRunOf(connection.id));
  return [
    defineRoute({
      method: 'get',
      path: '/connections',
      summary: 'List inventory connections, by name unless sorted otherwise',
      tag: 'connections',
      access: 'read',
      query: listQuery,
      responses: { 200: { description: 'A page of connections', schema: pageResponseSchema(connectionResponseSchema) }, ...problems },
      handler: async ({ query }) => {
        const { type, enabled } = query;
        const page = await connections.list({ type, enabled }, sortedPageOf('connections', query));
        return { body: { ...page, items: page.items.map(shown) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/connections',
      summary: 'Create an inventory connection (network range or OCS folder)',
      tag: 'connections',
      access: 'admin',
      // The service validates the whole body with connectionInputSchema (it also validates merged PATCHes).
      bodyDoc: connectionDocSchema,
      responses: {
        201: { description: 'Created', schema: connectionResponseSchema },
        409: { description: 'The name is taken', schema: problemSchema },
        ...problems,
      },
      // A folder that does not exist (yet) is accepted, and the answer's watcher says `failing` with
      // the reason: OCS servers and shares are often set up after the collector, and the watcher
      // starts by itself once the folder appears. Refusing would make the operator save twice.
      handler: async ({ body }) => {
        const connection = await connections.create(body);
        return { status: 201, body: await saved(connection), headers: { Location: `/api/v1/connections/${connection.id}` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/connections/:id',
      summary: 'Get a connection (secrets are shown as set or not, never their value)',
      tag: 'connections',
      access: 'read',
      params: idParamSchema,
      responses: { 200: { description: 'The connection', schema: connectionResponseSchema }, 404: { description: 'Unknown id', schema: problemSchema } },
      handler: async ({ params }) => ({ body: shown(await connections.get(params.id)) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/connections/:id',
      summary: 'Change a connection and apply it at once; omitted secrets are kept',
      tag: 'connections',
      access: 'admin',
      params: idParamSchema,
      body: connectionPatchSchema,
      bodyDoc: connectionDocSchema.partial(),
      responses: { 200: { description: 'The changed connection', schema: connectionResponseSchema }, 404: { description: 'Unknown id', schema: problemSchema }, ...problems },
      handler: async ({ params, body }) => ({ body: await saved(await connections.update(params.id, body)) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/connections/:id',
      summary: 'Delete a connection (its equipment stays)',
      tag: 'connections',
      access: 'admin',
      params: idParamSchema,
      responses: { 204: { description: 'Deleted' }, 404: { description: 'Unknown id', schema: problemSchema } },
      handler: async ({ params }) => {
        await connections.delete(params.id);
        return { status: 204 };
      },
    }),
  ];
}
