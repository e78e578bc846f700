import { z } from 'zod';
import { glpiContactRequestSchema, glpiInventoryRequestSchema } from '../contracts/glpi-agent.protocol';
import { inventoryDocumentSchema, type InventoryDocument } from '../contracts/inventory-document';
import { mapGlpiInventory } from './glpi-inventory.mapper';

/** What a GLPI agent's JSON request body says. */
export type GlpiRequestReading =
  | { kind: 'contact'; deviceId: string; enabledTasks: string[]; installedTasks: string[]; name?: string; version?: string; tag?: string }
  | {
      kind: 'inventory';
      deviceId: string;
      itemtype: 'Computer' | 'Phone';
      /** Only `sections` changed: what the document leaves out is unchanged, not gone. */
      partial: boolean;
      document: InventoryDocument;
      /** The content's sections as the agent named them (`hardware`, `softwares`...), sorted. */
      sections: string[];
    }
  /** `field` is where the body went wrong (`body`, `action`, `deviceid`, `content`...); `reason` starts with it. */
  | { kind: 'invalid'; field: string; reason: string };

/** Item types whose content is a computer's (the Android agent sends Phone); NetworkEquipment, Printer and Unmanaged come from SNMP tasks. */
const COMPUTER_ITEMTYPES = ['Computer', 'Phone'] as const;

/**
 * An (inflated) JSON request body of the GLPI agent to its contact, its inventory mapped to a
 * validated document, or why neither. Pure; bounded like the OCS reader: sections past
 * SECTION_RECORDS are counted, lists cut at INVENTORY_LIMITS with the cut in `truncated`.
 */
export function readGlpiRequest(text: string): GlpiRequestReading {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return invalid('body', `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('body', 'a GLPI agent request is a JSON object');
  }
  // No action is an inventory (inventory.schema.json default; GLPI's AbstractRequest::handleJSONRequest).
  const action: unknown = 'action' in body ? body.action : 'inventory';
  if (action === 'contact') {
    return readContact(body);
  }
  if (action === 'inventory') {
    return readInventory(body);
  }
  return invalid('action', typeof action === 'string' ? `"${action.slice(0, 64)}" is not supported (contact or inventory)` : 'must be a string');
}

function readContact(body: object): GlpiRequestReading {
  const parsed = glpiContactRequestSchema.safeParse(body);
  if (!parsed.success) {
    return fromIssue(parsed.error);
  }
  const request = parsed.data;
  return {
    kind: 'contact',
    deviceId: request.deviceid,
    enabledTasks: request['enabled-tasks'] ?? [],
    installedTasks: request['installed-tasks'] ?? [],
    ...(request.name === undefined ? {} : { name: request.name }),
    ...(request.version === undefined ? {} : { version: request.version }),
    ...(request.tag === undefined ? {} : { tag: request.tag }),
  };
}

function readInventory(body: object): GlpiRequestReading {
  const parsed = glpiInventoryRequestSchema.safeParse(body);
  if (!parsed.success) {
    return fromIssue(parsed.error);
  }
  const request = parsed.data;
  const itemtype = COMPUTER_ITEMTYPES.find((type) => type === request.itemtype);
  if (!itemtype) {
    return invalid('itemtype', `${request.itemtype.slice(0, 64)} is not a computer inventory (Computer or Phone)`);
  }
  const mapped = mapGlpiInventory(request.content, { deviceId: request.deviceid, ...(request.tag ? { tag: request.tag } : {}) });
  const document = inventoryDocumentSchema.safeParse(itemtype === 'Phone' ? { ...mapped, typeHint: 'Phone' } : mapped);
  if (!document.success) {
    const issue = document.error.issues[0];
    return invalid('content', `does not map: ${issue?.path.join('.')} ${issue?.message}`);
  }
  return { kind: 'inventory', deviceId: request.deviceid, itemtype, partial: request.partial, document: document.data, sections: Object.keys(request.content).sort() };
}

function fromIssue(error: z.ZodError): GlpiRequestReading {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  return invalid(field, issue?.message ?? 'invalid');
}

function invalid(field: string, message: string): GlpiRequestReading {
  return { kind: 'invalid', field, reason: `${field}: ${message}` };
}
