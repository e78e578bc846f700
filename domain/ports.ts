import type { AddressRange } from './address-range';
import type { Connection, ConnectionInput, ConnectionType } from './connection';
import type { Equipment, EquipmentStatus, EquipmentSummary, EquipmentType } from './equipment';
import type { HeldIdentity, Identity, IdentitySightings } from './identity';
import type { InventoryDocument, InventorySource, SourceHandle } from '../contracts/inventory-document';
import type { Provenance } from './field-ownership';
import type { Sort, SortField } from './list-sort';
import type { InventoryChange } from './merge';
import type { IdentifiedEquipment, MatchExplanation } from './reconcile';
import type { RejectedIdentity } from './rejected-identity';
import type { ScanCounts, ScanResultRecord, ScanRun, ScanStatus, StoredScanResult } from './scan-run';

/** Offset pagination: every list answer says how many items match in all. */
export interface PageRequest {
  limit: number;
  offset: number;
}
/** A page of a sortable list, in the given order; absent, the list's default (domain/list-sort.ts LIST_SORTS). */
export interface SortedPageRequest<F extends string> extends PageRequest {
  sort?: Sort<F>;
}
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

// ---- Equipment reconciliation ----------------------------------------------

/** What reconciliation needs of a stored equipment (read with a row lock where the database has them). */
export interface StoredEquipmentState {
  id: string;
  name: string;
  type: EquipmentType;
  status: EquipmentStatus;
  nameLocked: boolean;
  typeLocked: boolean;
  ignoredUntil: Date | null;
  lastInventoryAt: Date | null;
  document: InventoryDocument;
  /** Which source supplied each field of `document`; null for equipment stored before it was kept. */
  provenance: Provenance | null;
  /** What each source (keyed `source/connectionId`) last brought: its content hash and when it was taken. */
  sources: ReadonlyMap<string, SourceSighting>;
}

export interface SourceSighting {
  contentHash: string | null;
  lastSeenAt: Date;
}

export interface EquipmentWrite {
  name: string;
  type: EquipmentType;
  status: EquipmentStatus;
  ignoredUntil: Date | null;
  lastInventoryAt: Date;
  /** The new merged document; undefined when it did not change. */
  document?: InventoryDocument;
  /** Who supplied each field of `document` (written with it). */
  provenance?: Provenance;
  /** Top-level document lists whose component rows must be rewritten ('software', 'cpus'...). */
  changedLists: readonly string[];
  /** The stored document, whose rows are in the database: long lists are then updated by difference. */
  previousDocument?: InventoryDocument;
}

export interface HistoryEntry {
  equipmentId: string;
  source: InventorySource;
  connectionId: string | null;
  receivedAt: Date;
  contentHash: string;
  /** `split`: identities and sources moved to another equipment by an operator; `unmerged`: a merge undone. */
  decision: 'created' | 'updated' | 'unchanged' | 'merged' | 'outdated' | 'split' | 'unmerged';
  matchedBy: string | null;
  changes: InventoryChange[];
  explanation?: MatchExplanation | null;
}

/** An accepted input file (an OCS XML file), recorded in the transaction that stores its inventory. */
export interface InputReceipt {
  /** '' for imports outside a connection (the CLI). */
  connectionId: string;
  path: string;
  contentHash: string;
}

/** The reads and writes of one reconciliation, all inside one database transaction. */
export interface InventoryTransaction {
  /**
   * Records that this input is being imported into `equipmentId`; false when the same
   * input (connection and content hash) was recorded before, imported or rejected.
   * Committed with the inventory, so an input is imported exactly once.
   */
  claimReceipt(receipt: InputReceipt, equipmentId: string, at: Date): Promise<boolean>;
  /** Every equipment holding one of `identities` (and `alsoEquipmentId`), with all its identities. */
  findCandidates(identities: readonly Identity[], alsoEquipmentId?: string): Promise<IdentifiedEquipment[]>;
  loadForUpdate(equipmentId: string): Promise<StoredEquipmentState | null>;
  createEquipment(id: string, write: EquipmentWrite & { document: InventoryDocument }): Promise<void>;
  updateEquipment(id: string, write: EquipmentWrite): Promise<void>;
  addIdentities(equipmentId: string, identities: readonly HeldIdentity[]): Promise<void>;
  /** Replaces the sightings of identities (found by kind and value, whichever equipment holds them). */
  updateSightings(updates: readonly (Identity & { seenBy: IdentitySightings })[]): Promise<void>;
  /** Deletes these identities (by kind and value) of the equipment: past weak values beyond what it keeps. */
  forgetIdentities(equipmentId: string, identities: readonly Identity[]): Promise<void>;
  /** Moves a duplicate's identities, sources, history and references to `targetId`, then deletes the duplicate. */
  absorbEquipment(targetId: string, duplicateId: string): Promise<void>;
  recordSource(equipmentId: string, handle: SourceHandle, contentHash: string, seenAt: Date): Promise<void>;
  appendHistory(entry: HistoryEntry): Promise<void>;
  /** Every identity the equipment holds, with its sightings. */
  identitiesOf(equipmentId: string): Promise<HeldIdentity[]>;
  /** Deletes the equipment with its identities, sources, components and history (an operator's delete). */
  deleteEquipment(equipmentId: string): Promise<void>;
  /** Records rejected identities; one already rejected is left as it was. */
  addRejected(rejected: readonly RejectedIdentity[]): Promise<void>;
  /**
   * Moves identities (by kind and value), sources (by `source/connection` key) and those
   * sources' history entries and agents from one equipment to another; the moved sources
   * forget their last content hash, so their next inventory is merged in full.
   */
  moveToEquipment(fromId: string, toId: string, move: { identities: readonly Identity[]; sourceKeys: readonly string[] }): Promise<void>;
  saveMergeSnapshot(snapshot: MergeSnapshot): Promise<void>;
  /** Reads and deletes the snapshot of an absorbed equipment; null when none was kept. */
  takeMergeSnapshot(absorbedId: string): Promise<MergeSnapshot | null>;
  /** One history entry of an equipment, or null. */
  findHistoryEntry(equipmentId: string, historyId: number): Promise<HistoryRecord | null>;
}

/** What an absorbed equipment was when it was merged, to undo the merge. */
export interface MergeSnapshot {
  absorbedId: string;
  targetId: string;
  mergedAt: Date;
  equipment: Pick<StoredEquipmentState, 'name' | 'type' | 'status' | 'ignoredUntil' | 'lastInventoryAt' | 'document' | 'provenance'>;
  identities: Identity[];
  sourceKeys: string[];
}

export interface InventoryStore {
  /** Runs `work` in one transaction; a concurrent-write clash rejects with DomainError('retryable'). */
  inTransaction<T>(work: (tx: InventoryTransaction) => Promise<T>): Promise<T>;
  /** Every rejected identity (a short list, read whole). */
  listRejected(): Promise<RejectedIdentity[]>;
  /** Lifts a rejection; false when there was none with this id. */
  removeRejected(id: string): Promise<boolean>;
  /** `InventoryTransaction.findCandidates` outside a transaction, for hints. */
  findCandidates(identities: readonly Identity[]): Promise<IdentifiedEquipment[]>;
}

// ---- Equipment queries ------------------------------------------------------

export interface EquipmentFilter {
  type?: EquipmentType;
  status?: EquipmentStatus;
  /** Free text, anywhere in: name, host name, serial, model, manufacturer, OS name, a software name. */
  q?: string;
  /** Anywhere in these columns, ignoring case. */
  manufacturer?: string;
  model?: string;
  os?: string;
  /** Anywhere in the name of one of its software packages, ignoring case... */
  software?: string;
  /** ...whose version starts with this (only with `software`). */
  softwareVersion?: string;
  /** One address, or a block (a partial IPv4 address), on its primary address or any interface. */
  ip?: AddressRange;
  /** A CIDR block or a-b range, on its primary address or any interface. */
  ipRange?: AddressRange;
  /** A MAC address, or its first whole octets (`00:1A:2B`) to match by prefix, in any form `macSearchForm` reads. */
  mac?: string;
  serial?: string;
  /** Last inventory at or after this instant. */
  inventoriedAfter?: Date;
  /** Last inventory before this instant. */
  inventoriedBefore?: Date;
  source?: InventorySource;
  connectionId?: string;
  /** Equipment (not Retired) whose last inventory is older than this many days, or that has none. */
  notInventoriedForDays?: number;
}

/** How many equipment have one type and one (effective) status. */
export interface EquipmentCount {
  type: EquipmentType;
  status: EquipmentStatus;
  count: number;
}

export interface EquipmentPatch {
  name?: string;
  type?: EquipmentType;
  status?: EquipmentStatus;
  /** With status Ignored: until when; null or absent ignores indefinitely. */
  ignoredUntil?: Date | null;
}

export interface HistoryRecord extends HistoryEntry {
  id: number;
}

export interface EquipmentRepository {
  list(filter: EquipmentFilter, page: SortedPageRequest<SortField<'equipment'>>): Promise<Page<EquipmentSummary>>;
  /**
   * Every equipment matching `filter`, in `sort` order then by id, `batchRows` at a time,
   * each batch read when the one before has been consumed (a CSV export: memory stays flat).
   */
  exportBatches(filter: EquipmentFilter, sort: Sort<SortField<'equipment'>>, batchRows: number): AsyncIterable<EquipmentSummary[]>;
  findById(id: string): Promise<Equipment | null>;
  /** Applies an operator's change; name and type set by hand are kept over later inventories. */
  update(id: string, patch: EquipmentPatch): Promise<Equipment | null>;
  delete(id: string): Promise<boolean>;
  history(equipmentId: string, page: SortedPageRequest<SortField<'history'>>): Promise<Page<HistoryRecord>>;
  /** Sets Active again every Ignored equipment whose period ended before `now`; returns how many. */
  releaseExpiredIgnores(now: Date): Promise<number>;
  /** Those of `addresses` whose equipment is Ignored at `now` (scans skip them). */
  ignoredAmong(addresses: readonly string[], now: Date): Promise<Set<string>>;
  /** Counts by type and status, Ignored equipment whose period ended counted Active. */
  countByTypeAndStatus(): Promise<EquipmentCount[]>;
}

// ---- Scan runs ----------------------------------------------------------------

export interface ScanRunFilter {
  connectionId?: string;
  status?: ScanStatus;
}

export interface ScanRunRepository {
  /** Starts a run, or rejects with DomainError('conflict') naming the connection's running run. */
  start(run: { connectionId: string; triggeredBy: ScanRun['triggeredBy']; targets: number; owner: string; startedAt: Date; notes: string[] }): Promise<ScanRun>;
  /**
   * Appends per-host results and stores the run's counts so far (and its heartbeat), with the
   * SNMP credentials that answered hosts where they differ from the hint, in the same transaction:
   * a hint is not worth a durable write of its own (a /24's 70 hints cost 70 fsyncs on SQLite).
   */
  record(runId: string, results: readonly ScanResultRecord[], counts: ScanCounts, at: Date, credentials?: readonly LearntCredential[]): Promise<void>;
  finish(runId: string, status: Exclude<ScanStatus, 'running'>, counts: ScanCounts, at: Date, error?: string): Promise<void>;
  findById(id: string): Promise<ScanRun | null>;
  findRunning(connectionId: string): Promise<ScanRun | null>;
  list(filter: ScanRunFilter, page: SortedPageRequest<SortField<'scans'>>): Promise<Page<ScanRun>>;
  results(runId: string, page: SortedPageRequest<SortField<'scanResults'>>): Promise<Page<StoredScanResult>>;
  /**
   * Marks running runs as interrupted: those whose heartbeat is older than `staleBefore`,
   * or those owned by a process of this host (`ownerPrefix`, at start-up). Returns how many.
   */
  markInterrupted(which: { staleBefore: Date } | { ownerPrefix: string }, at: Date): Promise<number>;
  /** The SNMP credential that last answered for each of `addresses` on a connection. */
  credentialHints(connectionId: string, addresses: readonly string[]): Promise<Map<string, number>>;
}

/** The SNMP credential (its index in the connection's list) that answered a host: tried first at the next run. */
export interface LearntCredential {
  connectionId: string;
  address: string;
  credentialIndex: number;
}

// ---- Connections -------------------------------------------------------------

export interface ConnectionFilter {
  type?: ConnectionType;
  enabled?: boolean;
}

export interface ConnectionRepository {
  create(input: ConnectionInput): Promise<Connection>;
  replace(id: string, input: ConnectionInput): Promise<Connection | null>;
  delete(id: string): Promise<boolean>;
  findById(id: string): Promise<Connection | null>;
  findByName(name: string): Promise<Connection | null>;
  list(filter: ConnectionFilter, page: SortedPageRequest<SortField<'connections'>>): Promise<Page<Connection>>;
}

// ---- API tokens -------------------------------------------------------------

export type TokenScope = 'read' | 'admin';

export interface ApiToken {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiTokenRepository {
  create(token: { name: string; scope: TokenScope; tokenHash: string }): Promise<ApiToken>;
  findActiveByHash(tokenHash: string): Promise<ApiToken | null>;
  list(): Promise<ApiToken[]>;
  revoke(name: string): Promise<boolean>;
  touch(id: string, at: Date): Promise<void>;
}
