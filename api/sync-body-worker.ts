import { serveWorkerRequests } from '../workers/serve';
import { parseSyncBody } from './sync-body';

/** Worker side of the sync-body pool (main.ts). */
serveWorkerRequests(parseSyncBody);
