import { promisify } from 'node:util';
import { deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

/**
 * Answers to the OCS Inventory protocol (the OCS Unix agent's Ocsinventory/Agent/XML/Response and
 * FusionInventory's Client/OCS): an XML REPLY, zlib-compressed, as `application/x-compressed`:
 * the OCS agent inflates every answer whatever its type, FusionInventory detects the packing.
 */
export const OCS_REPLY_CONTENT_TYPE = 'application/x-compressed';

/** PROLOG's answer: SEND an inventory now, or STOP (nothing due); come back in `everyHours`. */
export function prologReply(inventoryDue: boolean, everyHours: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<REPLY><PROLOG_FREQ>${Math.max(1, Math.round(everyHours))}</PROLOG_FREQ><RESPONSE>${inventoryDue ? 'SEND' : 'STOP'}</RESPONSE></REPLY>\n`;
}

/** INVENTORY's answer: stored; nothing to change in the agent's ACCOUNTINFO. */
export function inventoryReply(): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n<REPLY><RESPONSE>NO_ACCOUNT_UPDATE</RESPONSE></REPLY>\n';
}

export function packReply(xml: string): Promise<Buffer> {
  return deflateAsync(Buffer.from(xml, 'utf8'));
}
