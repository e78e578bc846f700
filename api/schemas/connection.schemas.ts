import path from 'node:path';
import cron from 'node-cron';
import { z } from 'zod';
import { addressCount, parseTarget, TargetSyntaxError } from '../../domain/scan-targets';
import { CONNECTION_TYPES, OCS_AFTER_IMPORT, SNMP_AUTH_PROTOCOLS, SNMP_PRIV_PROTOCOLS, WATCHER_STATES, type Connection, type ConnectionInput, type WatcherStatus } from '../../domain/connection';
import { IGNORE_UNITS } from '../../domain/ignore-rule';
import { parseOrThrow } from '../validate';
import { plainText } from '../../contracts/plain-text';
import { isoDate } from './common.schemas';

/** Most addresses a connection may hold without `allowLargeRanges` (a /16). */
export const LARGE_RANGE_LIMIT = 65_536n;

const secret = (min: number) => z.string().min(min, `must be at least ${min} characters`).max(256);

const communityCredential = z.object({ version: z.enum(['1', '2c']), community: secret(1) }).strict();
const v3Credential = z
  .object({
    version: z.literal('3'),
    username: z.string().min(1).max(64),
    level: z.enum(['noAuthNoPriv', 'authNoPriv', 'authPriv']),
    authProtocol: z.enum(SNMP_AUTH_PROTOCOLS, { error: `must be one of ${SNMP_AUTH_PROTOCOLS.join(', ')} (no authentication is security level noAuthNoPriv)` }).optional(),
    // net-snmp and RFC 3414 key localisation need at least 8 characters.
    authKey: secret(8).optional(),
    privProtocol: z
      .enum(SNMP_PRIV_PROTOCOLS, { error: 'must be one of des, aes (AES-128), aes256b (AES-256, Blumenthal key extension), aes256r (AES-256, Reeder key extension, as Cisco); AES-192 and 3DES are not offered' })
      .optional(),
    privKey: secret(8).optional(),
  })
  .strict()
  .superRefine((credential, context) => {
    const needAuth = credential.level !== 'noAuthNoPriv';
    const needPriv = credential.level === 'authPriv';
    const require = (field: 'authProtocol' | 'authKey' | 'privProtocol' | 'privKey', needed: boolean) => {
      if (needed && !credential[field]) {
        context.addIssue({ code: 'custom', path: [field], message: `is required for security level ${credential.level}` });
      }
    };
    require('authProtocol', needAuth);
    require('authKey', needAuth);
    require('privProtocol', needPriv);
    require('privKey', needPriv);
    // A protocol the level does not use would be ignored, and the user believe the traffic is signed or encrypted.
    // Keys are not refused: a PATCH that lowers the level keeps the stored ones (applyConnectionPatch).
    if (!needAuth && credential.authProtocol) {
      context.addIssue({ code: 'custom', path: ['authProtocol'], message: 'is not used at security level noAuthNoPriv: choose authNoPriv or authPriv to authenticate, or leave it out' });
    }
    if (!needPriv && credential.privProtocol) {
      const why = needAuth ? 'choose authPriv to encrypt' : 'SNMPv3 has no privacy without authentication (RFC 3414): choose authPriv';
      context.addIssue({ code: 'custom', path: ['privProtocol'], message: `is not used at security level ${credential.level}: ${why}, or leave it out` });
    }
  });
export const snmpCredentialSchema = z.discriminatedUnion('version', [communityCredential, v3Credential]);

const snmpSchema = z.preprocess(
  // Shorthand `{version, community}` (one credential) becomes `credentials: [...]`.
  (value) => {
    if (typeof value === 'object' && value !== null && 'version' in value && !('credentials' in value)) {
      const { version, community, username, level, authProtocol, authKey, privProtocol, privKey, ...rest } = value as Record<string, unknown>;
      const credential = Object.fromEntries(Object.entries({ version, community, username, level, authProtocol, authKey, privProtocol, privKey }).filter(([, field]) => field !== undefined));
      return { ...rest, credentials: [credential] };
    }
    return value;
  },
  z
    .object({
      enabled: z.boolean().default(true),
      port: z.number().int().min(1).max(65535).default(161),
      timeoutMs: z.number().int().min(100).max(60_000).default(2000),
      retries: z.number().int().min(0).max(5).default(1),
      credentials: z.array(snmpCredentialSchema).min(1).max(10).default([{ version: '2c', community: 'public' }]),
    })
    .strict(),
);

const targetList = z
  .array(z.string().min(1).max(255))
  .max(1000)
  .superRefine((expressions, context) => {
    expressions.forEach((expression, index) => {
      try {
        parseTarget(expression);
      } catch (error) {
        if (!(error instanceof TargetSyntaxError)) {
          throw error;
        }
        context.addIssue({ code: 'custom', path: [index], message: error.message });
      }
    });
  });

const connectionObject = z
  .object({
    name: plainText().trim().min(1).max(128),
    type: z.enum(CONNECTION_TYPES),
    enabled: z.boolean().default(true),
    targets: targetList.default([]),
    exclude: targetList.default([]),
    allowLargeRanges: z.boolean().default(false),
    schedule: z
      .string()
      .trim()
      .max(128)
      // Five fields: minute granularity (node-cron would take a sixth, seconds: a scan every second).
      .refine((expression) => expression.split(/\s+/).length === 5 && cron.validate(expression), { message: 'is not a valid cron expression of 5 fields (minute hour day month weekday, e.g. "0 2 * * *")' })
      .nullable()
      .default(null),
    ping: z
      .object({
        timeoutMs: z.number().int().min(50).max(60_000).default(1000),
        count: z.number().int().min(1).max(10).default(1),
        required: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    snmp: snmpSchema.prefault({}),
    captureAgent: z
      .object({
        enabled: z.boolean().default(true),
        port: z.number().int().min(1).max(65535).default(7103),
        token: secret(16).optional(),
        tls: z.boolean().default(false),
        caCertificate: z
          .string()
          .max(65_536)
          .regex(/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/, 'must be PEM certificates (-----BEGIN CERTIFICATE-----)')
          .optional(),
      })
      .strict()
      .prefault({}),
    concurrency: z.number().int().min(1).max(1024).default(64),
    ignore: z
      .object({ period: z.number().int().min(1).max(100_000), unit: z.enum(IGNORE_UNITS) })
      .strict()
      .nullable()
      .default(null),
    ocs: z
      .object({
        path: plainText()
          .min(1)
          .max(1024)
          .refine((folder) => path.isAbsolute(folder), { message: 'must be an absolute path' })
          // Stored as it is meant: `/../../etc/../tmp` is `/tmp`.
          .transform((folder) => path.normalize(folder).replace(/(.)\/+$/, '$1')),
        afterImport: z.enum(OCS_AFTER_IMPORT).default('archive'),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

export const connectionInputSchema = connectionObject.superRefine((input, context) => {
    if (input.type === 'network') {
      checkTargets(input, context);
    }
    if (input.type === 'ocs' && !input.ocs) {
      context.addIssue({ code: 'custom', path: ['ocs'], message: 'is required for an ocs connection: { "path": "/absolute/folder" }' });
    }
    refuseContradictions(input, context);
  });

/** System folders an import must never empty: a typo in the path would delete or move the system's files. */
const SYSTEM_FOLDERS = ['/', '/etc', '/usr', '/bin', '/sbin', '/boot', '/lib', '/lib64', '/var', '/proc', '/sys', '/dev'];

/** Settings of the other type: a network connection has no `ocs` section, an `ocs` connection no scan targets or SNMP. */
function refuseContradictions(input: z.output<typeof connectionObject>, context: z.RefinementCtx): void {
  const issue = (field: string, message: string) => context.addIssue({ code: 'custom', path: [field], message });
  if (input.type === 'network' && input.ocs) {
    issue('ocs', 'belongs to ocs connections: a network connection scans its targets');
  }
  if (input.type === 'ocs') {
    for (const field of ['targets', 'exclude'] as const) {
      if (input[field].length > 0) {
        issue(field, 'belongs to network connections: an ocs connection imports a folder');
      }
    }
    if (input.allowLargeRanges) {
      issue('allowLargeRanges', 'belongs to network connections');
    }
    const [first, ...others] = input.snmp.credentials;
    if (others.length > 0 || first?.version !== '2c' || first.community !== 'public') {
      issue('snmp', 'belongs to network connections: an ocs connection probes nothing');
    }
  }
  const folder = input.ocs?.path;
  if (folder && input.ocs?.afterImport !== 'keep' && (SYSTEM_FOLDERS.includes(folder) || /^\/(proc|sys|dev)(\/|$)/.test(folder))) {
    context.addIssue({ code: 'custom', path: ['ocs', 'path'], message: `${folder} is a system folder: importing from it with afterImport ${input.ocs?.afterImport} would move or delete its files` });
  }
}

function checkTargets(input: { targets: string[]; allowLargeRanges: boolean }, context: z.RefinementCtx): void {
  if (input.targets.length === 0) {
    context.addIssue({ code: 'custom', path: ['targets'], message: 'must list at least one address, CIDR block, range or host name' });
    return;
  }
  // Expressions with a syntax error are reported by the field's own check and not counted here.
  const total = input.targets.reduce((sum, expression) => sum + countOrZero(expression), 0n);
  if (total > LARGE_RANGE_LIMIT && !input.allowLargeRanges) {
    context.addIssue({
      code: 'custom',
      path: ['targets'],
      message: `cover ${total} addresses, more than ${LARGE_RANGE_LIMIT} (a /16); split the range or set "allowLargeRanges": true`,
    });
  }
}

function countOrZero(expression: string): bigint {
  try {
    return addressCount(parseTarget(expression));
  } catch {
    return 0n;
  }
}

/** The input's fields without the cross-field checks, for the OpenAPI document. */
export const connectionDocSchema = z.object(connectionInputSchema.shape);

/** A PATCH body: any subset of the fields; merged into the stored connection and validated whole. */
export const connectionPatchSchema = z.record(z.string(), z.unknown()).superRefine((patch, context) => {
  const known = new Set(Object.keys(connectionInputSchema.shape));
  for (const key of Object.keys(patch)) {
    if (!known.has(key)) {
      context.addIssue({ code: 'custom', path: [key], message: 'is not a connection field' });
    }
  }
  if ('type' in patch) {
    context.addIssue({ code: 'custom', path: ['type'], message: 'cannot be changed; create a new connection' });
  }
});

/** Validates a whole connection; a DomainError('validation') names every bad field. */
export function validateConnectionInput(value: unknown): ConnectionInput {
  return parseOrThrow(connectionInputSchema, value) as ConnectionInput;
}

// ---- Responses: secrets are write-only ---------------------------------------

const credentialResponse = z.union([
  z.object({ version: z.enum(['1', '2c']), communitySet: z.boolean() }),
  z.object({
    version: z.literal('3'),
    username: z.string(),
    level: z.string(),
    authProtocol: z.string().optional(),
    authKeySet: z.boolean(),
    privProtocol: z.string().optional(),
    privKeySet: z.boolean(),
  }),
]);

export const watcherStatusSchema = z.object({
  state: z.enum(WATCHER_STATES).describe('watching; failing (see lastError; tried again periodically); disabled (the connection is); stopped (this process watches nothing)'),
  lastError: z.string().nullable().describe('Why it is failing, in plain words, e.g. "the folder /srv/ocs does not exist"'),
  since: isoDate.nullable().describe('When it entered this state'),
  filesWaiting: z.number().int().nullable().describe('Files queued for import while watching'),
});

export const connectionResponseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(CONNECTION_TYPES),
  enabled: z.boolean(),
  targets: z.array(z.string()),
  exclude: z.array(z.string()),
  allowLargeRanges: z.boolean(),
  schedule: z.string().nullable(),
  ping: z.object({ timeoutMs: z.number(), count: z.number(), required: z.boolean() }),
  snmp: z.object({ enabled: z.boolean(), port: z.number(), timeoutMs: z.number(), retries: z.number(), credentials: z.array(credentialResponse) }),
  captureAgent: z.object({ enabled: z.boolean(), port: z.number(), tls: z.boolean(), caCertificate: z.string().optional(), tokenSet: z.boolean() }),
  concurrency: z.number(),
  ignore: z.object({ period: z.number(), unit: z.enum(IGNORE_UNITS) }).nullable(),
  ocs: z.object({ path: z.string(), afterImport: z.enum(OCS_AFTER_IMPORT) }).nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
  watcher: watcherStatusSchema.nullable().describe('What the OCS folder watcher is doing (null for a network connection)'),
  nextScanAt: isoDate.nullable().describe('When the schedule starts the next scan (null: no schedule, disabled, or an ocs connection)'),
});

export type ConnectionResponse = z.infer<typeof connectionResponseSchema>;

/** `watcher`: the folder watcher's state (null for a network connection); `nextScanAt`: the schedule's next run. */
export function toConnectionResponse(connection: Connection, watcher: WatcherStatus | null, nextScanAt: Date | null = null): ConnectionResponse {
  const { captureAgent, snmp } = connection;
  return {
    ...connection,
    snmp: {
      ...snmp,
      credentials: snmp.credentials.map((credential) =>
        credential.version === '3'
          ? {
              version: '3' as const,
              username: credential.username,
              level: credential.level,
              authProtocol: credential.authProtocol,
              authKeySet: Boolean(credential.authKey),
              privProtocol: credential.privProtocol,
              privKeySet: Boolean(credential.privKey),
            }
          : { version: credential.version, communitySet: Boolean(credential.community) },
      ),
    },
    captureAgent: { enabled: captureAgent.enabled, port: captureAgent.port, tls: captureAgent.tls, caCertificate: captureAgent.caCertificate, tokenSet: Boolean(captureAgent.token) },
    createdAt: connection.createdAt.toISOString(),
    updatedAt: connection.updatedAt.toISOString(),
    watcher,
    nextScanAt: nextScanAt?.toISOString() ?? null,
  };
}
