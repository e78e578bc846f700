import { z } from 'zod';
import type { ConnectionService } from '../../domain/connection.service';
import { DomainError } from '../../domain/errors';
import type { OcsFolderWatcher } from '../../ocs-import/watcher';
import { idParamSchema, problemSchema } from '../schemas/common.schemas';
import { watcherStatusSchema } from '../schemas/connection.schemas';
import { defineRoute, type RouteSpec } from '../route';

const importStatusSchema = z.object({
  watching: z.boolean().describe('True while the folder is watched (watcher.state is watching)'),
  watcher: watcherStatusSchema,
  imported: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  pending: z.number().int(),
  lastErrors: z.array(z.object({ file: z.string(), reason: z.string(), at: z.string() })),
});

export function importRoutes(deps: { connections: ConnectionService; watcher: OcsFolderWatcher }): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/connections/:id/imports',
      summary: 'Progress of an OCS connection’s folder since the server started: imported, already imported, rejected, pending, last errors',
      tag: 'connections',
      access: 'read',
      params: idParamSchema,
      responses: { 200: { description: 'The import counts', schema: importStatusSchema }, 404: { description: 'Unknown id', schema: problemSchema }, 422: { description: 'Not an ocs connection', schema: problemSchema } },
      handler: async ({ params }) => {
        const connection = await deps.connections.get(params.id);
        if (connection.type !== 'ocs') {
          throw new DomainError('unprocessable', `connection ${connection.name} scans a network; it imports no files`);
        }
        const status = deps.watcher.status(connection.id);
        const watcher = deps.watcher.state(connection) ?? { state: 'stopped' as const, lastError: null, since: null, filesWaiting: null };
        return { body: { watching: watcher.state === 'watching', watcher, ...(status ?? { imported: 0, duplicate: 0, rejected: 0, pending: 0, lastErrors: [] }) } };
      },
    }),
  ];
}
