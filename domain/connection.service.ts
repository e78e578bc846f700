import type { Connection, ConnectionInput, SnmpCredential } from './connection';
import { DomainError, notFound } from './errors';
import type { ConnectionFilter, ConnectionRepository, Page, SortedPageRequest } from './ports';
import type { SortField } from './list-sort';

/** Validates a whole connection (the API's schema); throws a validation error naming the fields. */
export type ConnectionValidator = (value: unknown) => ConnectionInput;

/** The id a draft of a new connection carries (logs only). */
export const UNSAVED_CONNECTION_ID = '00000000-0000-0000-0000-000000000000';

export type ConnectionChange = { kind: 'saved'; connection: Connection } | { kind: 'deleted'; id: string };

/**
 * Connections: create, change and delete, then tell whoever applies them (the
 * scan scheduler, the OCS watcher) at once: "Save and Apply Settings" needs no restart.
 */
export class ConnectionService {
  private readonly listeners: ((change: ConnectionChange) => void)[] = [];

  constructor(
    private readonly connections: ConnectionRepository,
    private readonly validate: ConnectionValidator,
  ) {}

  onChange(listener: (change: ConnectionChange) => void): void {
    this.listeners.push(listener);
  }

  async create(body: unknown): Promise<Connection> {
    const input = this.validate(body);
    await this.assertNameFree(input.name);
    const connection = await this.connections.create(input);
    this.emit({ kind: 'saved', connection });
    return connection;
  }

  /** Applies a partial change; omitted secrets keep their stored value. */
  async update(id: string, patch: Record<string, unknown>): Promise<Connection> {
    const existing = await this.get(id);
    const input = this.validate(applyConnectionPatch(existing, patch));
    if (input.name !== existing.name) {
      await this.assertNameFree(input.name);
    }
    const connection = await this.connections.replace(id, input);
    if (!connection) {
      throw notFound('connection', id);
    }
    this.emit({ kind: 'saved', connection });
    return connection;
  }

  /**
   * The connection a form's settings would make, validated but not saved (Test Connection on a
   * form): new settings, or `id`'s connection with them applied as a PATCH (omitted secrets kept).
   */
  async draft(settings: Record<string, unknown>, id?: string): Promise<Connection> {
    if (id === undefined) {
      // Never stored: it has no id or dates of its own; the tester uses neither.
      return { ...this.validate(settings), id: UNSAVED_CONNECTION_ID, createdAt: new Date(0), updatedAt: new Date(0) };
    }
    const existing = await this.get(id);
    return { ...existing, ...this.validate(applyConnectionPatch(existing, settings)) };
  }

  async delete(id: string): Promise<void> {
    if (!(await this.connections.delete(id))) {
      throw notFound('connection', id);
    }
    this.emit({ kind: 'deleted', id });
  }

  async get(id: string): Promise<Connection> {
    const connection = await this.connections.findById(id);
    if (!connection) {
      throw notFound('connection', id);
    }
    return connection;
  }

  list(filter: ConnectionFilter, page: SortedPageRequest<SortField<'connections'>>): Promise<Page<Connection>> {
    return this.connections.list(filter, page);
  }

  private async assertNameFree(name: string): Promise<void> {
    const holder = await this.connections.findByName(name);
    if (holder) {
      throw new DomainError('conflict', `a connection named "${name}" already exists`, { fields: [{ field: 'name', message: 'is already used by another connection' }], extra: { existingId: holder.id } });
    }
  }

  private emit(change: ConnectionChange): void {
    for (const listener of this.listeners) {
      listener(change);
    }
  }
}

/**
 * The stored connection with a PATCH body applied: sections (ping, snmp...) are
 * merged field by field, lists and scalars replaced, and SNMP secrets and the agent
 * token the body leaves out are kept from the stored connection.
 */
export function applyConnectionPatch(existing: Connection, patch: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...current } = existing;
  const merged: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    const stored = (current as Record<string, unknown>)[field];
    merged[field] = isSection(value) && isSection(stored) ? { ...stored, ...value } : value;
  }
  const snmp = merged.snmp;
  if (isSection(snmp) && isSection(patch.snmp) && 'version' in patch.snmp) {
    // The one-credential shorthand replaces the stored list.
    delete snmp.credentials;
  }
  if (isSection(snmp) && Array.isArray(snmp.credentials) && isSection(patch.snmp)) {
    snmp.credentials = snmp.credentials.map((credential: unknown, index: number) => keepSecrets(credential, existing.snmp.credentials[index]));
  }
  const captureAgent = merged.captureAgent;
  if (isSection(captureAgent) && isSection(patch.captureAgent) && !('token' in patch.captureAgent)) {
    captureAgent.token = existing.captureAgent.token;
  }
  if (isSection(captureAgent) && captureAgent.token === null) {
    delete captureAgent.token;
  }
  return merged;
}

function keepSecrets(credential: unknown, stored: SnmpCredential | undefined): unknown {
  if (!isSection(credential) || !stored || credential.version !== stored.version) {
    return credential;
  }
  if (stored.version === '3') {
    if (credential.username !== stored.username) {
      return credential;
    }
    return { ...credential, authKey: credential.authKey ?? stored.authKey, privKey: credential.privKey ?? stored.privKey };
  }
  return { ...credential, community: credential.community ?? stored.community };
}

function isSection(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
