import { deflateSync } from 'node:zlib';

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

/**
 * Replies take a handful of forms (SEND or STOP, the PROLOG_FREQ, NO_ACCOUNT_UPDATE): each is
 * compressed once. Compressing it per request cost a zlib stream's set-up (its 256 KB state allocated
 * on this thread) twice per agent run: 11% of the server's CPU under PROLOGs in bench:native-agents.
 */
const packed = new Map<string, Buffer>();
const MAX_PACKED = 64;

export function packReply(xml: string): Buffer {
  let reply = packed.get(xml);
  if (!reply) {
    reply = deflateSync(Buffer.from(xml, 'utf8'));
    if (packed.size < MAX_PACKED) {
      packed.set(xml, reply);
    }
  }
  return reply;
}
