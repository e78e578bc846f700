import { createHash } from 'node:crypto';
import type { InventoryDocument, InventorySource } from '../contracts/inventory-document';

/** Who supplied a field of the merged document: the source (keyed `source/connection`), how well it knows that field, and when its inventory was taken. */
export interface FieldOwner {
  /** Who reported it: the machine's agent or file series (`ocs:<DEVICEID>`, `push-agent:<uuid>`), else the source and connection. */
  source: string;
  /** The equipment source (`source/connection`) it came through: what a split moves. */
  via?: string;
  rank: number;
  /** ISO time the inventory was taken (an OCS file's time, an agent's `date`, the scan's time). */
  observedAt: string;
  /** A digest of the value each source last reported for the field: a source takes a field over from an equal one only when its own value changed. */
  seen?: Record<string, string>;
}

/** Owner of each field path (`identity.hostname`, `os.name`, `software`, `extras.TAG`…) of an equipment's merged document. */
export type Provenance = Record<string, FieldOwner>;

/**
 * Which source knows which field best: a higher rank wins; between equal ranks the newer
 * observation wins. Agents and OCS files read the machine from inside (its OS, software,
 * hardware identity, its own interfaces and address); SNMP reads a device from the network,
 * and knows network-device facts best. The first row whose prefix matches a path applies.
 */
const FIELD_RANKS: readonly { prefix: string; ranks: Readonly<Record<InventorySource, number>> }[] = [
  // The operator's word beats every source.
  { prefix: 'snmp', ranks: { manual: 9, snmp: 3, 'capture-agent': 1, 'push-agent': 1, ocs: 1 } },
  { prefix: 'typeHint', ranks: { manual: 9, snmp: 3, 'capture-agent': 2, 'push-agent': 2, ocs: 2 } },
  { prefix: 'extras', ranks: { manual: 9, snmp: 2, 'capture-agent': 2, 'push-agent': 2, ocs: 2 } },
  { prefix: '', ranks: { manual: 9, snmp: 1, 'capture-agent': 2, 'push-agent': 2, ocs: 2 } },
];

export function fieldRank(path: string, source: InventorySource): number {
  const rule = FIELD_RANKS.find((candidate) => path === candidate.prefix || path.startsWith(`${candidate.prefix}.`) || candidate.prefix === '');
  return rule?.ranks[source] ?? 0;
}

/** Sections whose fields are owned one by one; every other top-level field (lists, scalars) is owned whole. */
const SECTIONS = new Set(['identity', 'os', 'bios', 'memory', 'snmp', 'extras', 'truncated']);

type Section = Record<string, unknown>;

const isSection = (value: unknown): value is Section => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The leaves of a document a merge compares: `[path, top-level key, sub-key?, value]`. */
function leavesOf(document: InventoryDocument): [string, string, string | undefined, unknown][] {
  const leaves: [string, string, string | undefined, unknown][] = [];
  for (const [key, value] of Object.entries(document)) {
    if (value === undefined) {
      continue;
    }
    if (SECTIONS.has(key) && isSection(value)) {
      for (const [sub, child] of Object.entries(value)) {
        if (child !== undefined) {
          leaves.push([`${key}.${sub}`, key, sub, child]);
        }
      }
    } else {
      leaves.push([key, key, undefined, value]);
    }
  }
  return leaves;
}

/** A short digest of a field's value, to tell whether a source's value changed since it last reported it. */
function digest(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64').slice(0, 12);
}

/**
 * Whether a field offered by `challenger` (whose value digests to `valueDigest`) replaces
 * the one `owner` supplied: a better-ranked source always does; the owner's own newer
 * inventory does; an equally ranked source does only with a newer observation of a value
 * that changed since it last reported it. So two agents that word a field differently do
 * not take it from each other at every inventory: the field changes when the machine does.
 */
function wins(challenger: FieldOwner, owner: FieldOwner | undefined, valueDigest: () => string): boolean {
  if (!owner) {
    return true;
  }
  if (challenger.source === owner.source) {
    // The same source again: its newer inventory replaces its older one, never the reverse.
    return challenger.observedAt >= owner.observedAt;
  }
  if (challenger.rank !== owner.rank) {
    return challenger.rank > owner.rank;
  }
  const before = owner.seen?.[challenger.source];
  return challenger.observedAt >= owner.observedAt && before !== undefined && before !== valueDigest();
}

/** Most sources whose last value of a field is remembered. */
const SEEN_SOURCES = 8;

function remember(owner: FieldOwner, source: string, valueDigest: string): FieldOwner {
  const seen = Object.entries({ ...owner.seen, [source]: valueDigest }).slice(-SEEN_SOURCES);
  return { ...owner, seen: Object.fromEntries(seen) };
}

export interface Owned {
  document: InventoryDocument;
  provenance: Provenance;
}

/** A stored equipment's view; one stored before owners were kept has none. */
export function ownedView(stored: { document: InventoryDocument; provenance: Provenance | null }): Owned {
  return { document: stored.document, provenance: stored.provenance ?? {} };
}

/**
 * Merges an inventory into the stored view, field by field: a field the inventory states
 * replaces the stored one only when its source ranks higher for that field, or as high
 * with a newer observation; fields it does not state are kept. So an unchanged machine
 * seen by an agent and a scan in turn keeps the agent's OS name and address, and an old
 * file arriving late changes nothing a newer inventory brought. Without provenance (an
 * equipment stored before it was kept) every stated field is taken, as before.
 *
 * Documents are values: the result shares unchanged sections and lists with its inputs.
 */
export interface Origin {
  /** The reporter (see FieldOwner.source). */
  sourceKey: string;
  /** The equipment source it came through (`source/connection`). */
  via?: string;
  source: InventorySource;
  observedAt: Date;
  /**
   * A partial inventory (the GLPI agent's, most runs): the document's sections it carries. What it
   * leaves out is unchanged, not gone, so only fields of these sections are forgotten when omitted.
   */
  carried?: ReadonlySet<string>;
}

/** The sections a document states: a key present with `undefined` states nothing (a partial inventory's absent sections). */
export function statedSections(document: InventoryDocument): Partial<InventoryDocument> {
  return Object.fromEntries(Object.entries(document).filter(([, value]) => value !== undefined)) as Partial<InventoryDocument>;
}

export function mergeOwned(stored: Owned | undefined, incoming: InventoryDocument, origin: Origin, incomingProvenance?: Provenance): Owned {
  const merged: Section = { ...stored?.document };
  const provenance: Provenance = { ...stored?.provenance };
  const observedAt = origin.observedAt.toISOString();
  const leaves = leavesOf(incoming);
  for (const [path, key, sub, value] of leaves) {
    const challenger: FieldOwner = incomingProvenance?.[path] ?? { source: origin.sourceKey, ...(origin.via ? { via: origin.via } : {}), rank: fieldRank(path, origin.source), observedAt };
    const owner = provenance[path];
    // Digested only when another source owns the field: what a source says of its own field needs no memory.
    let memo: string | undefined;
    const valueDigest = () => (memo ??= digest(value));
    if (!wins(challenger, owner, valueDigest)) {
      if (owner) {
        provenance[path] = remember(owner, challenger.source, valueDigest());
      }
      continue;
    }
    const seen = { ...owner?.seen, ...challenger.seen };
    if (owner && owner.source !== challenger.source) {
      // The field changes hands: the value it had is what its previous owner last said.
      const current = sub === undefined ? merged[key] : isSection(merged[key]) ? (merged[key] as Section)[sub] : undefined;
      seen[owner.source] ??= digest(current);
    }
    const taken = owner && owner.source !== challenger.source ? remember({ ...challenger, seen }, challenger.source, valueDigest()) : { ...challenger, ...(Object.keys(seen).length > 0 ? { seen } : {}) };
    provenance[path] = taken;
    if (sub === undefined) {
      merged[key] = value;
    } else {
      const section = merged[key];
      merged[key] = { ...(isSection(section) ? section : {}), [sub]: value };
    }
  }
  forgetOmitted(merged, provenance, new Set(leaves.map(([path]) => path)), origin, observedAt);
  return { document: merged as InventoryDocument, provenance };
}

/**
 * A field its own source supplied and leaves out of a newer inventory is gone (a user
 * logged out, a package removed): the newest inventory of a source states what that
 * source knows. Fields other sources supplied are kept.
 */
function forgetOmitted(merged: Section, provenance: Provenance, stated: ReadonlySet<string>, { sourceKey, carried }: Origin, observedAt: string): void {
  if (!sourceKey) {
    return;
  }
  for (const [path, owner] of Object.entries(provenance)) {
    const [key, sub] = path.split('.', 2) as [string, string | undefined];
    if (owner.source !== sourceKey || stated.has(path) || owner.observedAt > observedAt || (carried && !carried.has(key))) {
      continue;
    }
    delete provenance[path];
    if (sub === undefined || !SECTIONS.has(key)) {
      delete merged[key];
    } else if (isSection(merged[key])) {
      const { [sub]: _gone, ...rest } = merged[key] as Section;
      merged[key] = rest;
    }
  }
}

/**
 * Two views of one machine combined (a duplicate absorbed): each field goes to the
 * better-ranked owner, between equal ranks to the newer observation; `primary` wins
 * ties and fields whose owner is unknown (stored before provenance was kept).
 */
export function combineOwned(primary: Owned, secondary: Owned): Owned {
  const unknown: FieldOwner = { source: '', rank: 0, observedAt: new Date(0).toISOString() };
  const document: Section = {};
  const provenance: Provenance = {};
  const primaryLeaves = new Map(leavesOf(primary.document).map((leaf) => [leaf[0], leaf]));
  const secondaryLeaves = new Map(leavesOf(secondary.document).map((leaf) => [leaf[0], leaf]));
  for (const path of new Set([...primaryLeaves.keys(), ...secondaryLeaves.keys()])) {
    const mine = primary.provenance[path] ?? unknown;
    const theirs = secondary.provenance[path] ?? unknown;
    const takeTheirs = !primaryLeaves.has(path) || (secondaryLeaves.has(path) && (theirs.rank > mine.rank || (theirs.rank === mine.rank && theirs.observedAt > mine.observedAt)));
    const [, key, sub, value] = (takeTheirs ? secondaryLeaves.get(path) : primaryLeaves.get(path)) as [string, string, string | undefined, unknown];
    if (sub === undefined) {
      document[key] = value;
    } else {
      document[key] = { ...(isSection(document[key]) ? (document[key] as Section) : {}), [sub]: value };
    }
    const owner = takeTheirs ? secondary.provenance[path] : primary.provenance[path];
    if (owner) {
      provenance[path] = { ...owner, seen: { ...theirs.seen, ...mine.seen } };
    }
  }
  document.identity ??= {};
  return { document: document as InventoryDocument, provenance };
}

/** The fields (paths) a source owns in a view: what moves with it when it is split off. */
export function fieldsOwnedBy(view: Owned, sourceKeys: ReadonlySet<string>): string[] {
  return Object.entries(view.provenance)
    .filter(([, owner]) => sourceKeys.has(owner.via ?? owner.source))
    .map(([path]) => path);
}

/** Splits a view into the fields `paths` name and the rest. */
export function partitionOwned(view: Owned, paths: readonly string[]): { taken: Owned; kept: Owned } {
  const moving = new Set(paths);
  const taken: Section = {};
  const kept: Section = {};
  const takenProvenance: Provenance = {};
  const keptProvenance: Provenance = {};
  for (const [path, key, sub, value] of leavesOf(view.document)) {
    const [target, targetProvenance] = moving.has(path) ? [taken, takenProvenance] : [kept, keptProvenance];
    if (sub === undefined) {
      target[key] = value;
    } else {
      target[key] = { ...(isSection(target[key]) ? (target[key] as Section) : {}), [sub]: value };
    }
    const owner = view.provenance[path];
    if (owner) {
      targetProvenance[path] = owner;
    }
  }
  // Every document has an identity section.
  taken.identity ??= {};
  kept.identity ??= {};
  return { taken: { document: taken as InventoryDocument, provenance: takenProvenance }, kept: { document: kept as InventoryDocument, provenance: keptProvenance } };
}

/** Whether some field changed owner (not just its observation time). */
export function ownersDiffer(before: Provenance | null, after: Provenance): boolean {
  if (!before) {
    return true;
  }
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].some((path) => before[path]?.source !== after[path]?.source);
}
