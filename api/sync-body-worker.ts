import { serveWorkerRequests } from '../workers/serve';
import { parseSyncBody } from './sync-body';

/**
 * Worker side of the sync-body pool (main.ts): the parsed sync goes back as JSON text, one
 * string for the event loop's thread to JSON.parse, cheaper there than rebuilding the object
 * graph of a structured clone (as ocs-import/read-worker.ts does). ParsedSync is JSON-safe.
 */
serveWorkerRequests((text: string) => JSON.stringify(parseSyncBody(text)));
