import { serveWorkerRequests } from '../workers/serve';
import { readAgentRequest } from './read-inventory';

/** Worker side of OcsReadPool: bytes in, AgentRequestReading out. */
serveWorkerRequests(({ bytes, maxBytes }: { bytes: Uint8Array; maxBytes: number }) => readAgentRequest(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxBytes));
