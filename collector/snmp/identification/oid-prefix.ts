/** Strips the leading dot some agents and tools print (".1.3.6.1...") and surrounding space. */
export function normalizeOid(oid: string): string {
  return oid.trim().replace(/^\./, '');
}

/**
 * An index of rules by OID prefix, matched arc by arc: '1.3.6.1.4.1.9.1' covers
 * '1.3.6.1.4.1.9.1.1208' and itself, but not '1.3.6.1.4.1.9.10'. Matching the prefix itself
 * matters: PAN-OS reports its bare enterprise OID, '1.3.6.1.4.1.25461', as sysObjectID.
 */
export class OidPrefixIndex<T extends { readonly oid: string }> {
  private readonly byOid = new Map<string, T>();

  /** Later rules for the same OID are ignored: a table lists each OID once, the first wins. */
  constructor(rules: readonly T[]) {
    for (const rule of rules) {
      const oid = normalizeOid(rule.oid);
      if (!this.byOid.has(oid)) {
        this.byOid.set(oid, rule);
      }
    }
  }

  get size(): number {
    return this.byOid.size;
  }

  /** The rule with the longest prefix of `oid`, undefined when none covers it. */
  longestMatch(oid: string | undefined): T | undefined {
    if (!oid) {
      return undefined;
    }
    let candidate = normalizeOid(oid);
    while (candidate) {
      const rule = this.byOid.get(candidate);
      if (rule) {
        return rule;
      }
      const cut = candidate.lastIndexOf('.');
      candidate = cut < 0 ? '' : candidate.slice(0, cut);
    }
    return undefined;
  }
}

const ENTERPRISES_ARC = '1.3.6.1.4.1.';

/** The private enterprise number of an OID under 1.3.6.1.4.1, else undefined. */
export function enterpriseNumberOf(oid: string | undefined): number | undefined {
  if (!oid) {
    return undefined;
  }
  const normalized = normalizeOid(oid);
  if (!normalized.startsWith(ENTERPRISES_ARC)) {
    return undefined;
  }
  const arc = normalized.slice(ENTERPRISES_ARC.length).split('.')[0];
  return arc && /^\d+$/.test(arc) ? Number(arc) : undefined;
}
