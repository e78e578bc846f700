import { serveWorkerRequests } from '../workers/serve';
import { readOcsRequest } from './read-inventory';

/** Worker side of OcsReadPool: bytes in, OcsRequestReading out. */
serveWorkerRequests(({ bytes, maxBytes }: { bytes: Uint8Array; maxBytes: number }) => readOcsRequest(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxBytes));
