import type { Request } from 'express';
import type { AuthService } from '../domain/auth.service';
import { DomainError } from '../domain/errors';
import type { AccessGuard } from './route';

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(req: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
}

/** Checks `Authorization: Bearer <token>` against the route's access level: 401 without a valid token, 403 for read on admin. */
export function createAccessGuard(auth: AuthService): AccessGuard {
  return async (access, req: Request) => {
    if (access === 'public') {
      return;
    }
    const token = bearerToken(req);
    if (!token) {
      throw new DomainError('unauthenticated', 'send an API token as "Authorization: Bearer <token>" (create one with: npm run token -- create --name NAME --scope admin)');
    }
    const principal = await auth.authenticate(token);
    if (!principal) {
      throw new DomainError('unauthenticated', 'the API token is unknown or revoked');
    }
    if (access === 'admin' && principal.scope !== 'admin') {
      throw new DomainError('forbidden', `token "${principal.name}" has scope read; this action needs an admin token`);
    }
  };
}
