import { createHash } from 'node:crypto';
import type { InventoryDocument } from './inventory-document';

/** Hash of a document independent of key order, so the same inventory always hashes the same. */
export function hashDocument(document: InventoryDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonicalJson(child)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
