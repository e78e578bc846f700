import type { Request } from 'express';
import { TOKEN_PATH, AGENT_BASE_PATH } from '../contracts/push-sync.protocol';
import type { AgentAccessService } from '../domain/agent-access.service';
import type { AuthService } from '../domain/auth.service';
import { DomainError } from '../domain/errors';
import type { AgentTokenSigner } from '../security/agent-tokens';
import type { AccessGuard, Caller } from './route';

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(req: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
}

export interface AccessGuardDependencies {
  auth: AuthService;
  /** Push agents' access tokens (POST /agent/v1/token); without them, `agent` routes refuse everyone. */
  agents?: { signer: AgentTokenSigner; access: Pick<AgentAccessService, 'clientForToken'>; now: () => number };
}

/**
 * Checks the request's bearer token against the route's access level, from the headers
 * alone: 401 without a valid token, 403 for a read token on an admin route or an Inactive agent API.
 */
export function createAccessGuard(deps: AccessGuardDependencies): AccessGuard {
  return async (access, req: Request): Promise<Caller> => {
    switch (access) {
      case 'public':
        return { kind: 'anonymous' };
      case 'agent':
        return { kind: 'agent', client: await agentClient(deps.agents, req) };
      case 'read':
      case 'admin': {
        const token = bearerToken(req);
        if (!token) {
          throw new DomainError('unauthenticated', 'send an API token as "Authorization: Bearer <token>" (create one with: npm run token -- create --name NAME --scope admin)');
        }
        const principal = await deps.auth.authenticate(token);
        if (!principal) {
          throw new DomainError('unauthenticated', 'the API token is unknown or revoked');
        }
        if (access === 'admin' && principal.scope !== 'admin') {
          throw new DomainError('forbidden', `token "${principal.name}" has scope read; this action needs an admin token`);
        }
        return { kind: 'token', principal };
      }
    }
  };
}

const TOKEN_ENDPOINT = `${AGENT_BASE_PATH}${TOKEN_PATH}`;

/** The API client of a push agent's bearer token; refused when it is missing, forged, expired, replaced or Inactive. */
export async function agentClient(agents: AccessGuardDependencies['agents'], req: Request) {
  const token = bearerToken(req);
  if (!token) {
    throw new DomainError('unauthenticated', `send an access token from POST ${TOKEN_ENDPOINT} as "Authorization: Bearer <token>"`);
  }
  const claims = agents?.signer.verify(token, agents.now());
  if (!agents || !claims) {
    throw new DomainError('unauthenticated', `the access token is invalid or expired: request a new one from POST ${TOKEN_ENDPOINT}`);
  }
  return agents.access.clientForToken(claims);
}
