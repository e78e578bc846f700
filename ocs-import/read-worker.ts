import { serveWorkerRequests } from '../workers/serve';
import { readAgentRequest } from './read-inventory';

/**
 * Worker side of OcsReadPool: bytes in, AgentRequestReading out as JSON text. A string crosses
 * to the event loop's thread as one block, and JSON.parse there costs a third of what
 * deserializing the same objects from postMessage's structured clone does (0.27 against
 * 0.71 ms for the real OCS agent inventory: bench/ocs-parse.ts), on the thread that also
 * drives the database. Readings are JSON-safe: strings, numbers, booleans, no undefined value.
 */
serveWorkerRequests(({ bytes, maxBytes }: { bytes: Uint8Array; maxBytes: number }) =>
  JSON.stringify(readAgentRequest(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxBytes)),
);
