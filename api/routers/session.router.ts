import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { problemSchema } from '../schemas/common.schemas';
import { defineRoute, type RouteSpec } from '../route';

const sessionSchema = z.object({ name: z.string().describe('The token’s name'), scope: z.enum(['read', 'admin']) });

/** Who the presented token belongs to: the console checks a token with it at sign-in. */
export function sessionRoutes(): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/session',
      summary: 'The name and scope of the API token this request carries (never the token)',
      tag: 'session',
      access: 'read',
      responses: { 200: { description: 'The token’s name and scope', schema: sessionSchema }, 401: { description: 'No token, or an unknown or revoked one', schema: problemSchema } },
      handler: async ({ caller }) => {
        if (caller.kind !== 'token') {
          throw new DomainError('unauthenticated', 'send an API token as "Authorization: Bearer <token>"');
        }
        return { body: { name: caller.principal.name, scope: caller.principal.scope } };
      },
    }),
  ];
}
