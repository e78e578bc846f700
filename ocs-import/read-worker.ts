import { parentPort } from 'node:worker_threads';
import { readOcsInventory } from './read-inventory';

/** Worker side of OcsReadPool: bytes in, OcsReading out. */
parentPort?.on('message', ({ id, bytes, maxBytes }: { id: number; bytes: Uint8Array; maxBytes: number }) => {
  let reply: { id: number; reading?: unknown; error?: string };
  try {
    reply = { id, reading: readOcsInventory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxBytes) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
