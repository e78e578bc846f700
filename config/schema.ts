import { z } from 'zod';

/** Log levels pino understands. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const databaseUrl = z
  .string()
  .refine((url) => /^(mysql|mariadb):\/\//.test(url) || /^sqlite:/.test(url), {
    message: 'must start with mysql://, mariadb:// or sqlite:',
  });

/**
 * The whole server configuration. Every field has a default so that an empty
 * configuration starts the embedded SQLite server; objects are strict so that a
 * typo in a config file is reported instead of silently ignored.
 */
export const configSchema = z
  .object({
    /** TCP port of the HTTP server (env PORT). */
    port: z.coerce.number().int().min(0).max(65535).default(8080),
    /** Address the HTTP server binds to (env HOST). */
    host: z.string().min(1).default('0.0.0.0'),
    /** Folder for the SQLite file, the secret key and other state (env INVENTORY_DATA_DIR). */
    dataDir: z.string().min(1).default('./data'),
    /** mysql://user:pass@host:port/db, or sqlite:<file>; default: sqlite file in dataDir (env DATABASE_URL). */
    databaseUrl: databaseUrl.optional(),
    /** Run pending migrations at start-up (env INVENTORY_MIGRATIONS_RUN). */
    runMigrations: z.stringbool().or(z.boolean()).default(true),
    /** A static admin token for automation, accepted beside stored tokens (env INVENTORY_ADMIN_TOKEN). */
    adminToken: z.string().min(16, 'must be at least 16 characters').optional(),
    /** 32-byte key, base64, that encrypts stored secrets; generated into dataDir when absent (env INVENTORY_SECRET_KEY). */
    secretKey: z
      .string()
      .refine((key) => Buffer.from(key, 'base64').length === 32, { message: 'must be 32 bytes encoded in base64' })
      .optional(),
    logLevel: z.enum(LOG_LEVELS).default('info'),
    http: z
      .strictObject({
        /** Largest accepted request body (env INVENTORY_BODY_LIMIT), e.g. "1mb". */
        bodyLimit: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 512kb or 5mb').default('1mb'),
        /** express "trust proxy" setting: hops or subnets of trusted reverse proxies (env INVENTORY_TRUST_PROXY). */
        trustProxy: z.string().default('loopback'),
      })
      .prefault({}),
    ocs: z
      .strictObject({
        /** A watched file is read once its size is stable this long (env INVENTORY_OCS_STABLE_MS). */
        stableMs: z.coerce.number().int().min(50).max(600_000).default(2000),
        /** An unparseable file is retried this long before it is rejected (env INVENTORY_OCS_GRACE_MS). */
        graceMs: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
        /** A failing folder (missing, unreadable) is looked at again this often (env INVENTORY_OCS_RETRY_MS). */
        retryMs: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
      })
      .prefault({}),
    agents: z
      .strictObject({
        /** Largest agent package accepted by POST /api/v1/agent-releases, in bytes (env INVENTORY_RELEASE_MAX_BYTES). */
        releaseMaxBytes: z.coerce.number().int().min(1).default(512 * 1024 * 1024),
        /** Largest sync body, after gzip inflation (env INVENTORY_AGENT_BODY_LIMIT): a machine with thousands of packages sends a few MB. */
        bodyLimit: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 512kb or 5mb').default('16mb'),
        /** Syncs one agent may make at once; then one per `syncRefillSeconds` (env INVENTORY_AGENT_SYNC_BURST). */
        syncBurst: z.coerce.number().int().min(1).max(10_000).default(10),
        /** (env INVENTORY_AGENT_SYNC_REFILL_SECONDS) */
        syncRefillSeconds: z.coerce.number().min(0.001).max(86_400).default(10),
        /** How often the OCS, FusionInventory and GLPI agents are asked for an inventory, in hours (env INVENTORY_AGENTS_INVENTORY_HOURS). */
        inventoryEveryHours: z.coerce.number().int().min(1).max(24 * 30).default(24),
        /** A new machine from those agents: `pending` (an operator associates or creates it) or `create` (reconciled at once, as OCS files are) (env INVENTORY_AGENTS_NEW_MACHINES). */
        newMachines: z.enum(['pending', 'create']).default('pending'),
        /**
         * Accept the OCS, FusionInventory and GLPI agents without credentials, as most OCS servers run
         * (env INVENTORY_AGENTS_ANONYMOUS). Off unless an operator turns it on; a warning at every start says it is on.
         */
        anonymousIntake: z.stringbool().or(z.boolean()).default(false),
      })
      .prefault({}),
    /** Graceful shutdown: how long in-flight work may take before it is abandoned (env INVENTORY_SHUTDOWN_TIMEOUT_MS). */
    shutdownTimeoutMs: z.coerce.number().int().min(0).default(10_000),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

/** Environment variable → configuration path. The only list of variables the server reads. */
export const ENVIRONMENT_KEYS: Readonly<Record<string, readonly string[]>> = {
  PORT: ['port'],
  HOST: ['host'],
  INVENTORY_DATA_DIR: ['dataDir'],
  DATABASE_URL: ['databaseUrl'],
  INVENTORY_MIGRATIONS_RUN: ['runMigrations'],
  INVENTORY_ADMIN_TOKEN: ['adminToken'],
  INVENTORY_SECRET_KEY: ['secretKey'],
  LOG_LEVEL: ['logLevel'],
  INVENTORY_BODY_LIMIT: ['http', 'bodyLimit'],
  INVENTORY_TRUST_PROXY: ['http', 'trustProxy'],
  INVENTORY_SHUTDOWN_TIMEOUT_MS: ['shutdownTimeoutMs'],
  INVENTORY_OCS_STABLE_MS: ['ocs', 'stableMs'],
  INVENTORY_OCS_GRACE_MS: ['ocs', 'graceMs'],
  INVENTORY_OCS_RETRY_MS: ['ocs', 'retryMs'],
  INVENTORY_RELEASE_MAX_BYTES: ['agents', 'releaseMaxBytes'],
  INVENTORY_AGENT_BODY_LIMIT: ['agents', 'bodyLimit'],
  INVENTORY_AGENT_SYNC_BURST: ['agents', 'syncBurst'],
  INVENTORY_AGENT_SYNC_REFILL_SECONDS: ['agents', 'syncRefillSeconds'],
  INVENTORY_AGENTS_INVENTORY_HOURS: ['agents', 'inventoryEveryHours'],
  INVENTORY_AGENTS_NEW_MACHINES: ['agents', 'newMachines'],
  INVENTORY_AGENTS_ANONYMOUS: ['agents', 'anonymousIntake'],
};
