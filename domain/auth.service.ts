import { timingSafeEqual } from 'node:crypto';
import type { Clock } from './clock';
import { DomainError } from './errors';
import type { ApiToken, ApiTokenRepository, TokenScope } from './ports';

export interface Principal {
  name: string;
  scope: TokenScope;
}

/** How API tokens are made and looked up: a random value, stored only as its digest (security/hashing). */
export interface TokenTools {
  /** A new random token starting with `prefix`. */
  generate(prefix: string): string;
  /** The digest stored and searched for; the same token always gives the same digest. */
  digest(token: string): string;
}

/** How often the "last used" time of a token is written at most. */
const TOUCH_INTERVAL_MS = 60_000;

/** Admin API tokens: created by the CLI, stored as SHA-256, presented as `Bearer` tokens. */
export class AuthService {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly tools: TokenTools,
    private readonly clock: Clock,
    private readonly staticAdminToken?: string,
  ) {}

  /** Creates a token; the plain value is returned once and never stored. */
  async createToken(name: string, scope: TokenScope): Promise<{ token: string; record: ApiToken }> {
    const token = this.tools.generate('inv_');
    try {
      const record = await this.tokens.create({ name, scope, tokenHash: this.tools.digest(token) });
      return { token, record };
    } catch (error) {
      throw new DomainError('conflict', `a token named "${name}" already exists`, { cause: error });
    }
  }

  /** The principal a bearer token stands for, or null when it is unknown or revoked. */
  async authenticate(token: string): Promise<Principal | null> {
    if (this.staticAdminToken && sameSecret(token, this.staticAdminToken)) {
      return { name: 'INVENTORY_ADMIN_TOKEN', scope: 'admin' };
    }
    const record = await this.tokens.findActiveByHash(this.tools.digest(token));
    if (!record) {
      return null;
    }
    const now = this.clock.now();
    if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.tokens.touch(record.id, now);
    }
    return { name: record.name, scope: record.scope };
  }

  list(): Promise<ApiToken[]> {
    return this.tokens.list();
  }

  revoke(name: string): Promise<boolean> {
    return this.tokens.revoke(name);
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
