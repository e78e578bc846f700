import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type Repository } from 'typeorm';
import type { ApiToken, ApiTokenRepository, TokenScope } from '../../domain/ports';
import { ApiTokenEntity } from '../entities/api-token.entity';

export class TypeormApiTokenRepository implements ApiTokenRepository {
  private readonly rows: Repository<ApiTokenEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(ApiTokenEntity);
  }

  async create(token: { name: string; scope: TokenScope; tokenHash: string }): Promise<ApiToken> {
    const row: ApiTokenEntity = { id: randomUUID(), ...token, createdAt: new Date(), lastUsedAt: null, revokedAt: null };
    await this.rows.insert(row);
    return toApiToken(row);
  }

  async findActiveByHash(tokenHash: string): Promise<ApiToken | null> {
    const row = await this.rows.findOneBy({ tokenHash, revokedAt: IsNull() });
    return row && toApiToken(row);
  }

  async list(): Promise<ApiToken[]> {
    return (await this.rows.find({ order: { createdAt: 'ASC' } })).map(toApiToken);
  }

  async revoke(name: string): Promise<boolean> {
    const result = await this.rows.update({ name, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.rows.update({ id }, { lastUsedAt: at });
  }
}

function toApiToken(row: ApiTokenEntity): ApiToken {
  return { id: row.id, name: row.name, scope: row.scope as TokenScope, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
}
