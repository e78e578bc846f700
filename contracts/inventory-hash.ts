import { createHash } from 'node:crypto';
import type { InventoryDocument } from './inventory-document';

/** Hash of a document independent of key order, so the same inventory always hashes the same. */
export function hashDocument(document: InventoryDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

/** JSON with every object's keys sorted (undefined fields left out, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  // JSON.stringify's replacer rebuilds each object with sorted keys; the engine then does the writing.
  return JSON.stringify(value, (_key, child: unknown) => {
    if (typeof child !== 'object' || child === null || Array.isArray(child)) {
      return child;
    }
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(child).sort()) {
      sorted[key] = (child as Record<string, unknown>)[key];
    }
    return sorted;
  });
}
