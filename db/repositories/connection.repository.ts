import { randomUUID } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import type { Connection, ConnectionInput, ConnectionType, SnmpCredential } from '../../domain/connection';
import type { SortField } from '../../domain/list-sort';
import type { ConnectionFilter, ConnectionRepository, Page, SortedPageRequest } from '../../domain/ports';
import type { SecretCipher } from '../../security/secret-cipher';
import { InventoryConnectionEntity, type StoredConnectionSettings } from '../entities/inventory-connection.entity';
import type { Transactor } from '../transactor';
import { orderedBy, type SortColumns } from './sorting';

const CONNECTION_SORTS: SortColumns<'connections'> = { name: { column: 'name', text: true }, type: { column: 'type' }, createdAt: { column: 'created_at' }, updatedAt: { column: 'updated_at' } };


/** Connections, with SNMP communities/keys and agent tokens encrypted at rest. */
export class TypeormConnectionRepository implements ConnectionRepository {
  private readonly rows: Repository<InventoryConnectionEntity>;

  constructor(
    dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly cipher: SecretCipher,
  ) {
    this.rows = dataSource.getRepository(InventoryConnectionEntity);
  }

  async create(input: ConnectionInput): Promise<Connection> {
    const now = new Date();
    const row: InventoryConnectionEntity = { id: randomUUID(), ...this.toColumns(input), createdAt: now, updatedAt: now };
    await this.transactor.run((manager) => manager.insert(InventoryConnectionEntity, row));
    return this.toConnection(row);
  }

  async replace(id: string, input: ConnectionInput): Promise<Connection | null> {
    const updated = await this.transactor.run(async (manager) => {
      const existing = await manager.findOneBy(InventoryConnectionEntity, { id });
      if (!existing) {
        return null;
      }
      const row: InventoryConnectionEntity = { ...existing, ...this.toColumns(input), updatedAt: new Date() };
      await manager.save(InventoryConnectionEntity, row);
      return row;
    });
    return updated && this.toConnection(updated);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.transactor.run((manager) => manager.delete(InventoryConnectionEntity, { id }));
    return (result.affected ?? 0) > 0;
  }

  async findById(id: string): Promise<Connection | null> {
    const row = await this.rows.findOneBy({ id });
    return row && this.toConnection(row);
  }

  async findByName(name: string): Promise<Connection | null> {
    const row = await this.rows.findOneBy({ name });
    return row && this.toConnection(row);
  }

  async list(filter: ConnectionFilter, page: SortedPageRequest<SortField<'connections'>>): Promise<Page<Connection>> {
    const query = this.rows.createQueryBuilder('c');
    if (filter.type) {
      query.andWhere('c.type = :type', { type: filter.type });
    }
    if (filter.enabled !== undefined) {
      // A number: better-sqlite3 binds no booleans, and both databases store 0 and 1.
      query.andWhere('c.enabled = :enabled', { enabled: filter.enabled ? 1 : 0 });
    }
    const [rows, total] = await orderedBy(query, 'connections', CONNECTION_SORTS, page.sort).take(page.limit).skip(page.offset).getManyAndCount();
    return { items: rows.map((row) => this.toConnection(row)), total, limit: page.limit, offset: page.offset };
  }

  private toColumns(input: ConnectionInput): Pick<InventoryConnectionEntity, 'name' | 'type' | 'enabled' | 'schedule' | 'settings'> {
    const { name, type, enabled, schedule, ...settings } = input;
    const stored: StoredConnectionSettings = {
      ...settings,
      snmp: { ...settings.snmp, credentials: settings.snmp.credentials.map((credential) => this.mapSecrets(credential, (plain) => this.cipher.encrypt(plain))) },
      captureAgent: { ...settings.captureAgent, token: settings.captureAgent.token && this.cipher.encrypt(settings.captureAgent.token) },
    };
    return { name, type, enabled, schedule, settings: stored };
  }

  private toConnection(row: InventoryConnectionEntity): Connection {
    const settings = row.settings;
    return {
      id: row.id,
      name: row.name,
      type: row.type as ConnectionType,
      enabled: row.enabled,
      schedule: row.schedule,
      ...settings,
      snmp: { ...settings.snmp, credentials: settings.snmp.credentials.map((credential) => this.mapSecrets(credential, (stored) => this.cipher.decrypt(stored))) },
      captureAgent: { ...settings.captureAgent, token: settings.captureAgent.token && this.cipher.decrypt(settings.captureAgent.token) },
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  private mapSecrets(credential: SnmpCredential, transform: (value: string) => string): SnmpCredential {
    if (credential.version !== '3') {
      return { ...credential, community: transform(credential.community) };
    }
    return {
      ...credential,
      authKey: credential.authKey && transform(credential.authKey),
      privKey: credential.privKey && transform(credential.privKey),
    };
  }
}
