import { serveWorkerRequests } from '../workers/serve';
import { readOcsInventory } from './read-inventory';

/** Worker side of OcsReadPool: bytes in, OcsReading out. */
serveWorkerRequests(({ bytes, maxBytes }: { bytes: Uint8Array; maxBytes: number }) => readOcsInventory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxBytes));
