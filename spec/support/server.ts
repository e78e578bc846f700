import { configSchema } from '../../config/schema';
import type { DatabaseKind } from '../../db/data-source';
import type { Clock } from '../../domain/clock';
import { startServer, type RunningServer } from '../../main';
import type { DestinationStream } from 'pino';
import { createLogger } from '../../lib/logger';
import { createTestDatabase, type TestDatabase } from './databases';

export const ADMIN_TOKEN = 'spec-admin-token-0123456789';

/**
 * A response body in a spec: its fields are checked by the assertions that read them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are asserted field by field
export type Json = any;
export type JsonResponse = Omit<Response, 'json'> & { json(): Promise<Json> };

export interface TestServer extends RunningServer {
  database: TestDatabase;
  /** fetch() against the server with the admin token (or `token: null` for none). */
  call(path: string, init?: RequestInit & { token?: string | null; json?: unknown }): Promise<JsonResponse>;
  /** Stops the server and drops its database. */
  close(): Promise<void>;
}

/** The real server on a loopback port, on a fresh database of the given kind. */
export async function startTestServer(
  kind: DatabaseKind,
  options: { clock?: Clock; database?: TestDatabase; settings?: Record<string, unknown>; /** Where the server's log lines go (default: nowhere, or stdout with SPEC_LOG_LEVEL). */ logTo?: DestinationStream } = {},
): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase(kind));
  const config = configSchema.parse({
    port: 0,
    host: '127.0.0.1',
    dataDir: database.dataDir,
    databaseUrl: database.url,
    adminToken: ADMIN_TOKEN,
    logLevel: process.env.SPEC_LOG_LEVEL ?? 'silent',
    shutdownTimeoutMs: 2000,
    ...options.settings,
  });
  const running = await startServer(config, { clock: options.clock, logger: createLogger(config.logLevel, options.logTo) });
  return {
    ...running,
    database,
    call: (path, init = {}) => {
      const { token = ADMIN_TOKEN, json, headers, ...rest } = init;
      return fetch(`${running.url}${path}`, {
        ...rest,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
          ...(headers as Record<string, string> | undefined),
        },
        body: json === undefined ? rest.body : JSON.stringify(json),
      });
    },
    close: async () => {
      await running.stop();
      await database.drop();
    },
  };
}
