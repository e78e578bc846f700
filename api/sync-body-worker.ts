import { serveWorkerRequests } from '../workers/serve';
import { parseSyncBodyForHandover } from './sync-body';

/** Worker side of the sync-body pool (api/sync-body.ts): the parsed sync goes back as JSON texts (SyncHandover). */
serveWorkerRequests(parseSyncBodyForHandover);
