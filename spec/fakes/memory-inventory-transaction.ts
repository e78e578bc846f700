import type { Clock } from '../../domain/clock';
import type { EquipmentStatus, EquipmentType } from '../../domain/equipment';
import { DomainError } from '../../domain/errors';
import { serialParts, type HeldIdentity, type Identity, type IdentitySightings } from '../../domain/identity';
import type { RejectedIdentity } from '../../domain/rejected-identity';
import type { Provenance } from '../../domain/field-ownership';
import type { MergeSnapshot } from '../../domain/ports';
import { sourceKeyOf } from '../../domain/inventory.service';
import type { EquipmentWrite, HistoryEntry, HistoryRecord, InputReceipt, InventoryTransaction, StoredEquipmentState } from '../../domain/ports';
import type { IdentifiedEquipment } from '../../domain/reconcile';
import type { InventoryDocument, InventorySource, SourceHandle } from '../../contracts/inventory-document';

/** An equipment row as the database holds it (db/entities/equipment.entity.ts, without the search columns). */
export interface EquipmentRow {
  id: string;
  name: string;
  type: EquipmentType;
  status: EquipmentStatus;
  nameLocked: boolean;
  typeLocked: boolean;
  ignoredUntil: Date | null;
  lastInventoryAt: Date | null;
  document: InventoryDocument;
  provenance: Provenance | null;
  /** The equipment_ip_addresses rows: rewritten only with the `networkInterfaces` component list, as in the database. */
  ipAddresses: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface SourceRow {
  equipmentId: string;
  source: InventorySource;
  /** '' when the source has no connection, as in the database. */
  connectionId: string;
  lastContentHash: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

export interface ReceiptRow extends InputReceipt {
  status: 'imported';
  equipmentId: string;
  importedAt: Date;
}

/** Component lists written for an equipment: what db/repositories/component-rows.ts would rewrite. */
export interface ComponentWrite {
  equipmentId: string;
  lists: readonly string[];
}

/** Tables outside the inventory store that point at equipment (agents, pending machines, scan results). */
export interface EquipmentReferences {
  /** Re-points every reference to `duplicateId` at `targetId`, as absorbing a duplicate does. */
  reassignEquipment(duplicateId: string, targetId: string): void;
}

/** The tables MemoryInventoryStore keeps, as the transaction sees them. */
export interface InventoryTables {
  equipment: Map<string, EquipmentRow>;
  /** Keyed by kind and value: the unique key (kind, value) of equipment_identities. */
  identities: Map<string, { equipmentId: string } & HeldIdentity>;
  sources: SourceRow[];
  history: HistoryRecord[];
  /** Keyed by connection and content hash: the unique key of imported_files. */
  receipts: Map<string, ReceiptRow>;
  componentWrites: ComponentWrite[];
  nextHistoryId: number;
  /** Absorptions to replay on the other tables once committed. */
  absorbed: { duplicateId: string; targetId: string }[];
  /** Keyed by kind and value, as the unique key of rejected_identities. */
  rejected: Map<string, RejectedIdentity>;
  snapshots: Map<string, MergeSnapshot>;
}

/** The limits of the columns the real repository writes into. */
const IDENTITY_VALUE_MAX = 255;
const NAME_MAX = 255;
const RECEIPT_PATH_MAX = 1024;

const identityKey = (kind: string, value: string) => `${kind}\u0000${value}`;
const receiptKey = (connectionId: string, contentHash: string) => `${connectionId}\u0000${contentHash}`;

/** What a JSON column gives back: a copy, never the caller's object. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function copyTables(tables: InventoryTables): InventoryTables {
  return {
    equipment: new Map([...tables.equipment].map(([id, row]) => [id, { ...row, ipAddresses: [...row.ipAddresses] }])),
    identities: new Map(tables.identities),
    sources: tables.sources.map((row) => ({ ...row })),
    history: [...tables.history],
    receipts: new Map(tables.receipts),
    componentWrites: [...tables.componentWrites],
    nextHistoryId: tables.nextHistoryId,
    absorbed: [],
    rejected: new Map(tables.rejected),
    snapshots: new Map(tables.snapshots),
  };
}

export function emptyTables(): InventoryTables {
  return { equipment: new Map(), identities: new Map(), sources: [], history: [], receipts: new Map(), componentWrites: [], nextHistoryId: 1, absorbed: [], rejected: new Map(), snapshots: new Map() };
}

/** The addresses component-rows.ts stores for a document: interfaces' IPv4 and IPv6, and the primary IP. */
function addressesOf(document: InventoryDocument): string[] {
  const addresses = (document.networkInterfaces ?? []).flatMap((networkInterface) => [...(networkInterface.ipv4 ?? []), ...(networkInterface.ipv6 ?? []).map((address) => address.toLowerCase())]);
  const primaryIp = document.identity.primaryIp?.toLowerCase();
  if (primaryIp && !addresses.includes(primaryIp)) {
    addresses.push(primaryIp);
  }
  return addresses;
}

/** Every equipment holding one of `identities` (and `alsoEquipmentId`), with all its identities: the SQL of findCandidates. */
export function candidatesIn(tables: InventoryTables, identities: readonly Identity[], alsoEquipmentId?: string): IdentifiedEquipment[] {
  if (identities.length === 0) {
    return [];
  }
  const holders = new Set<string>();
  for (const identity of identities) {
    // A serial is looked up by its serial part, as the SQL's `value LIKE 'SERIAL|%'`.
    const serial = identity.kind === 'serial' ? serialParts(identity.value).serial : undefined;
    for (const row of tables.identities.values()) {
      if (row.kind === identity.kind && (serial !== undefined ? serialParts(row.value).serial === serial : row.value === identity.value)) {
        holders.add(row.equipmentId);
      }
    }
  }
  if (alsoEquipmentId) {
    holders.add(alsoEquipmentId);
  }
  // Read from the identities table: an equipment with no identity is not a candidate, as in the SQL.
  const byEquipment = new Map<string, HeldIdentity[]>();
  for (const row of tables.identities.values()) {
    if (holders.has(row.equipmentId)) {
      const found = byEquipment.get(row.equipmentId) ?? [];
      found.push({ kind: row.kind, value: row.value, seenBy: row.seenBy ?? null });
      byEquipment.set(row.equipmentId, found);
    }
  }
  return [...byEquipment].map(([equipmentId, found]) => ({ equipmentId, identities: found }));
}

function removeDependents(tables: InventoryTables, equipmentId: string): void {
  for (const [key, row] of tables.identities) {
    if (row.equipmentId === equipmentId) {
      tables.identities.delete(key);
    }
  }
  tables.sources = tables.sources.filter((row) => row.equipmentId !== equipmentId);
  tables.history = tables.history.filter((entry) => entry.equipmentId !== equipmentId);
}

function clash(message: string): DomainError {
  return new DomainError('retryable', `the database refused a concurrent write (${message}); try again`);
}

/** One transaction of MemoryInventoryStore: every read and write on the same copy of the tables. */
export class MemoryInventoryTransaction implements InventoryTransaction {
  constructor(
    private readonly tables: InventoryTables,
    private readonly clock: Clock,
  ) {}

  async claimReceipt(receipt: InputReceipt, equipmentId: string, at: Date): Promise<boolean> {
    const key = receiptKey(receipt.connectionId, receipt.contentHash);
    if (this.tables.receipts.has(key)) {
      return false;
    }
    this.tables.receipts.set(key, { ...receipt, path: receipt.path.slice(0, RECEIPT_PATH_MAX), status: 'imported', equipmentId, importedAt: at });
    return true;
  }

  async findCandidates(identities: readonly Identity[], alsoEquipmentId?: string): Promise<IdentifiedEquipment[]> {
    return candidatesIn(this.tables, identities, alsoEquipmentId);
  }

  async loadForUpdate(equipmentId: string): Promise<StoredEquipmentState | null> {
    const row = this.tables.equipment.get(equipmentId);
    if (!row) {
      return null;
    }
    const sources = new Map(
      this.tables.sources
        .filter((source) => source.equipmentId === equipmentId)
        .map((source) => [sourceKeyOf({ source: source.source, connectionId: source.connectionId || undefined }), { contentHash: source.lastContentHash || null, lastSeenAt: source.lastSeenAt }]),
    );
    return {
      id: row.id,
      name: row.name,
      type: row.type,
      status: row.status,
      nameLocked: row.nameLocked,
      typeLocked: row.typeLocked,
      ignoredUntil: row.ignoredUntil,
      lastInventoryAt: row.lastInventoryAt,
      document: jsonCopy(row.document),
      provenance: row.provenance ? jsonCopy(row.provenance) : null,
      sources,
    };
  }

  async createEquipment(id: string, write: EquipmentWrite & { document: InventoryDocument }): Promise<void> {
    if (this.tables.equipment.has(id)) {
      throw clash(`duplicate equipment id ${id}`);
    }
    const now = this.clock.now();
    this.tables.equipment.set(id, {
      id,
      name: write.name.slice(0, NAME_MAX),
      type: write.type,
      status: write.status,
      nameLocked: false,
      typeLocked: false,
      ignoredUntil: write.ignoredUntil,
      lastInventoryAt: write.lastInventoryAt,
      document: jsonCopy(write.document),
      provenance: write.provenance ? jsonCopy(write.provenance) : null,
      ipAddresses: write.changedLists.includes('networkInterfaces') ? addressesOf(write.document) : [],
      createdAt: now,
      updatedAt: now,
    });
    this.tables.componentWrites.push({ equipmentId: id, lists: [...write.changedLists] });
  }

  async updateEquipment(id: string, write: EquipmentWrite): Promise<void> {
    const row = this.tables.equipment.get(id);
    if (!row) {
      // UPDATE ... WHERE id = ?: no row, nothing changes.
      return;
    }
    Object.assign(row, { name: write.name.slice(0, NAME_MAX), type: write.type, status: write.status, ignoredUntil: write.ignoredUntil, lastInventoryAt: write.lastInventoryAt, updatedAt: this.clock.now() });
    if (write.provenance) {
      row.provenance = jsonCopy(write.provenance);
    }
    if (write.document) {
      row.document = jsonCopy(write.document);
      if (write.changedLists.length > 0) {
        if (write.changedLists.includes('networkInterfaces')) {
          row.ipAddresses = addressesOf(write.document);
        }
        this.tables.componentWrites.push({ equipmentId: id, lists: [...write.changedLists] });
      }
    }
  }

  async identitiesOf(equipmentId: string): Promise<HeldIdentity[]> {
    return [...this.tables.identities.values()].filter((row) => row.equipmentId === equipmentId).map(({ kind, value, seenBy }) => ({ kind, value, seenBy: seenBy ?? null }));
  }

  async deleteEquipment(equipmentId: string): Promise<void> {
    // ON DELETE CASCADE: identities, sources and history go with the row.
    this.tables.equipment.delete(equipmentId);
    for (const [key, row] of this.tables.identities) {
      if (row.equipmentId === equipmentId) {
        this.tables.identities.delete(key);
      }
    }
    this.tables.sources = this.tables.sources.filter((row) => row.equipmentId !== equipmentId);
    this.tables.history = this.tables.history.filter((row) => row.equipmentId !== equipmentId);
  }

  async addRejected(rejected: readonly RejectedIdentity[]): Promise<void> {
    for (const entry of rejected) {
      const key = identityKey(entry.kind, entry.value);
      if (!this.tables.rejected.has(key)) {
        this.tables.rejected.set(key, { ...entry });
      }
    }
  }

  async moveToEquipment(fromId: string, toId: string, move: { identities: readonly Identity[]; sourceKeys: readonly string[] }): Promise<void> {
    this.requireEquipment(toId);
    for (const identity of move.identities) {
      const key = identityKey(identity.kind, identity.value);
      const row = this.tables.identities.get(key);
      if (row?.equipmentId === fromId) {
        this.tables.identities.set(key, { ...row, equipmentId: toId });
      }
    }
    const moving = new Set(move.sourceKeys);
    const keyOf = (row: { source: InventorySource; connectionId: string | null }) => sourceKeyOf({ source: row.source, connectionId: row.connectionId || undefined });
    this.tables.sources = this.tables.sources.map((row) => (row.equipmentId === fromId && moving.has(keyOf(row)) ? { ...row, equipmentId: toId, lastContentHash: '' } : row));
    this.tables.history = this.tables.history.map((row) => (row.equipmentId === fromId && moving.has(keyOf(row)) ? { ...row, equipmentId: toId } : row));
  }

  async saveMergeSnapshot(snapshot: MergeSnapshot): Promise<void> {
    this.tables.snapshots.set(snapshot.absorbedId, jsonCopy(snapshot));
  }

  async takeMergeSnapshot(absorbedId: string): Promise<MergeSnapshot | null> {
    const snapshot = this.tables.snapshots.get(absorbedId);
    this.tables.snapshots.delete(absorbedId);
    if (!snapshot) {
      return null;
    }
    const date = (value: Date | string | null) => (value === null ? null : new Date(value));
    return { ...snapshot, mergedAt: new Date(snapshot.mergedAt), equipment: { ...snapshot.equipment, ignoredUntil: date(snapshot.equipment.ignoredUntil), lastInventoryAt: date(snapshot.equipment.lastInventoryAt) } };
  }

  async findHistoryEntry(equipmentId: string, historyId: number): Promise<HistoryRecord | null> {
    return this.tables.history.find((row) => row.id === historyId && row.equipmentId === equipmentId) ?? null;
  }

  async updateSightings(updates: readonly (Identity & { seenBy: IdentitySightings })[]): Promise<void> {
    for (const update of updates) {
      const key = identityKey(update.kind, update.value.slice(0, IDENTITY_VALUE_MAX));
      const row = this.tables.identities.get(key);
      if (row) {
        this.tables.identities.set(key, { ...row, seenBy: update.seenBy });
      }
    }
  }

  async forgetIdentities(equipmentId: string, identities: readonly Identity[]): Promise<void> {
    for (const identity of identities) {
      const key = identityKey(identity.kind, identity.value.slice(0, IDENTITY_VALUE_MAX));
      if (this.tables.identities.get(key)?.equipmentId === equipmentId) {
        this.tables.identities.delete(key);
      }
    }
  }

  async addIdentities(equipmentId: string, identities: readonly HeldIdentity[]): Promise<void> {
    this.requireEquipment(equipmentId);
    for (const identity of identities) {
      const value = identity.value.slice(0, IDENTITY_VALUE_MAX);
      const key = identityKey(identity.kind, value);
      if (this.tables.identities.has(key)) {
        throw clash(`duplicate identity ${identity.kind} ${value}`);
      }
      this.tables.identities.set(key, { equipmentId, kind: identity.kind, value, seenBy: identity.seenBy ?? null });
    }
  }

  async absorbEquipment(targetId: string, duplicateId: string): Promise<void> {
    // New row objects, never changed in place: the committed tables share them until this transaction commits.
    for (const [key, row] of this.tables.identities) {
      if (row.equipmentId === duplicateId) {
        this.tables.identities.set(key, { ...row, equipmentId: targetId });
      }
    }
    const targetSources = this.tables.sources.filter((row) => row.equipmentId === targetId);
    for (const source of this.tables.sources.filter((row) => row.equipmentId === duplicateId)) {
      const twin = targetSources.find((candidate) => candidate.source === source.source && candidate.connectionId === source.connectionId);
      if (twin) {
        this.tables.sources.splice(this.tables.sources.indexOf(source), 1);
        if (source.firstSeenAt < twin.firstSeenAt) {
          twin.firstSeenAt = source.firstSeenAt;
        }
      } else {
        source.equipmentId = targetId;
      }
    }
    this.tables.history = this.tables.history.map((entry) => (entry.equipmentId === duplicateId ? { ...entry, equipmentId: targetId } : entry));
    for (const [key, receipt] of this.tables.receipts) {
      if (receipt.equipmentId === duplicateId) {
        this.tables.receipts.set(key, { ...receipt, equipmentId: targetId });
      }
    }
    this.tables.absorbed.push({ duplicateId, targetId });
    this.tables.equipment.delete(duplicateId);
    removeDependents(this.tables, duplicateId);
  }

  async recordSource(equipmentId: string, handle: SourceHandle, contentHash: string, seenAt: Date): Promise<void> {
    this.requireEquipment(equipmentId);
    const connectionId = handle.connectionId ?? '';
    const existing = this.tables.sources.find((row) => row.equipmentId === equipmentId && row.source === handle.source && row.connectionId === connectionId);
    if (existing) {
      // The upsert updates the hash and the last sighting; the first sighting stays.
      Object.assign(existing, { lastContentHash: contentHash, lastSeenAt: seenAt });
    } else {
      this.tables.sources.push({ equipmentId, source: handle.source, connectionId, lastContentHash: contentHash, firstSeenAt: seenAt, lastSeenAt: seenAt });
    }
  }

  async appendHistory(entry: HistoryEntry): Promise<void> {
    this.requireEquipment(entry.equipmentId);
    this.tables.history.push({ ...jsonCopy(entry), receivedAt: entry.receivedAt, id: this.tables.nextHistoryId++ });
  }

  /** The foreign key every dependent table has on equipment.id. */
  private requireEquipment(equipmentId: string): void {
    if (!this.tables.equipment.has(equipmentId)) {
      throw clash(`equipment ${equipmentId} does not exist (foreign key)`);
    }
  }
}
