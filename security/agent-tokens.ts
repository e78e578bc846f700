import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { AgentTokenClaims } from '../domain/agent-access';

/**
 * Short-lived agent access tokens, verifiable without a database lookup: the claims,
 * base64url JSON, and an HMAC-SHA256 over them with a key derived from the server's
 * secret key. (A JWT with one fixed algorithm; no library needed for HS256 alone.)
 */
export class AgentTokenSigner {
  private readonly key: Buffer;

  constructor(secretKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'inventory-collector agent access tokens', 32));
  }

  issue(claims: AgentTokenClaims): string {
    const payload = Buffer.from(JSON.stringify({ sub: claims.clientId, fp: claims.secretFingerprint, scope: claims.scope, exp: claims.expiresAt })).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The claims of a genuine, unexpired token, or null. */
  verify(token: string, nowMs: number): AgentTokenClaims | null {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) {
      return null;
    }
    const expected = Buffer.from(this.sign(payload));
    const actual = Buffer.from(signature);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      return null;
    }
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown; fp?: unknown; scope?: unknown; exp?: unknown };
      if (typeof claims.sub !== 'string' || typeof claims.fp !== 'string' || typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) {
        return null;
      }
      return { clientId: claims.sub, secretFingerprint: claims.fp, scope: typeof claims.scope === 'string' ? claims.scope : '', expiresAt: claims.exp };
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** A short fingerprint of a stored secret hash (never of the secret itself). */
export function secretFingerprint(secretHash: string): string {
  return createHash('sha256').update(secretHash).digest('base64url').slice(0, 16);
}
