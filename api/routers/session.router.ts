import { z } from 'zod';
import type { AuthService } from '../../domain/auth.service';
import { DomainError } from '../../domain/errors';
import { bearerToken } from '../auth';
import { problemSchema } from '../schemas/common.schemas';
import { defineRoute, type RouteSpec } from '../route';

const sessionSchema = z.object({ name: z.string().describe('The token’s name'), scope: z.enum(['read', 'admin']) });

/** Who the presented token belongs to: the console checks a token with it at sign-in. */
export function sessionRoutes(deps: { auth: AuthService }): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/session',
      summary: 'The name and scope of the API token this request carries (never the token)',
      tag: 'session',
      access: 'read',
      responses: { 200: { description: 'The token’s name and scope', schema: sessionSchema }, 401: { description: 'No token, or an unknown or revoked one', schema: problemSchema } },
      handler: async ({ req }) => {
        const principal = await deps.auth.authenticate(bearerToken(req) ?? '');
        if (!principal) {
          throw new DomainError('unauthenticated', 'the API token is unknown or revoked');
        }
        return { body: { name: principal.name, scope: principal.scope } };
      },
    }),
  ];
}
