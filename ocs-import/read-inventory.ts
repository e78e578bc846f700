import { inventoryDocumentSchema, type InventoryDocument } from '../contracts/inventory-document';
import { decodeOcsFile } from './decode';
import { mapOcsInventory } from './mapper';
import { parseOcsXml } from './parser';
import { readGlpiRequest, type GlpiRequestReading } from './read-glpi-request';

export type OcsReading = { kind: 'inventory'; document: InventoryDocument; deviceId: string; encoding: string } | { kind: 'invalid'; reason: string };
/** What an agent sends: an inventory, or another query (PROLOG). */
export type OcsRequestReading = OcsReading | { kind: 'query'; query: string; deviceId: string };

/** An agent's request in either protocol: the OCS XML (OCS, FusionInventory, the GLPI agent's first PROLOG) or the GLPI agent's JSON. */
export type AgentRequestReading = { protocol: 'ocs'; reading: OcsRequestReading } | { protocol: 'glpi'; reading: GlpiRequestReading };

/** Tells the protocols apart by the first character of the (inflated) body: JSON is an object, XML a tag. Pure. */
export function readAgentRequest(bytes: Buffer, maxBytes: number): AgentRequestReading {
  const first = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' ? { protocol: 'glpi', reading: readGlpiRequest(bytes.toString('utf8')) } : { protocol: 'ocs', reading: readOcsRequest(bytes, maxBytes) };
}

/** A file's bytes to a validated inventory document, or why not. Pure: runs in a worker too. */
export function readOcsInventory(bytes: Buffer, maxBytes: number): OcsReading {
  const reading = readOcsRequest(bytes, maxBytes);
  return reading.kind === 'query' ? { kind: 'invalid', reason: `QUERY is ${reading.query}, not INVENTORY: not a computer inventory` } : reading;
}

/** An agent's request body (inflated) to its inventory, its other query, or why neither. Pure. */
export function readOcsRequest(bytes: Buffer, maxBytes: number): OcsRequestReading {
  const decoded = decodeOcsFile(bytes, maxBytes);
  if (decoded.kind === 'invalid') {
    return decoded;
  }
  const parsed = parseOcsXml(decoded.text);
  if (parsed.kind === 'invalid') {
    return { kind: 'invalid', reason: parsed.line === undefined ? parsed.reason : `${parsed.reason} (line ${parsed.line}, column ${parsed.column})` };
  }
  if (parsed.kind === 'not-inventory') {
    return { kind: 'query', query: parsed.query, deviceId: parsed.deviceId };
  }
  const document = inventoryDocumentSchema.safeParse(mapOcsInventory(parsed.inventory));
  if (!document.success) {
    const issue = document.error.issues[0];
    return { kind: 'invalid', reason: `the inventory does not map: ${issue?.path.join('.')} ${issue?.message}` };
  }
  return { kind: 'inventory', document: document.data, deviceId: parsed.inventory.deviceId, encoding: decoded.encoding };
}

/** How the importer reads files: in this thread, or in a worker pool (parse-pool.ts). */
export type OcsReader = (bytes: Buffer, maxBytes: number) => Promise<OcsReading>;

export const readInThisThread: OcsReader = async (bytes, maxBytes) => readOcsInventory(bytes, maxBytes);
