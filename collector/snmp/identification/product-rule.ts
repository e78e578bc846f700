import type { RuleType } from './types';

/**
 * How much a sysObjectID rule says: 'product' names one model, 'family' a product line under one
 * branch, 'vendor' only that the maker sells mostly one kind of equipment, 'hint' a weak lead
 * (net-snmp's per-OS OIDs run on servers and on embedded appliances alike).
 */
export type RuleCertainty = 'product' | 'family' | 'vendor' | 'hint';

/** One row of the sysObjectID table: an OID prefix and what a device under it is. */
export interface ProductRule {
  oid: string;
  type?: RuleType;
  model?: string;
  /** The maker when the enterprise table does not tell it (an unregistered or software number). */
  vendor?: string;
  /** The operating system the OID names (net-snmp's agent OIDs, Windows' roles). */
  os?: string;
  /** Defaults to 'product' when the rule names a model, else 'family'. */
  certainty?: RuleCertainty;
}
