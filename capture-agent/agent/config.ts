import { z } from 'zod';
import { readJsonIfExists, writeFileAtomic } from './files';

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// URL')
  .transform((value) => value.replace(/\/+$/, ''));

/** One way to reach the portal: its URL and the agent API client credentials. */
export const portalConnectionSchema = z.object({
  url: httpUrl,
  clientId: z.string().trim().min(1).max(255),
  clientSecret: z.string().min(1).max(1024),
});
export type PortalConnection = z.infer<typeof portalConnectionSchema>;

/** A configuration the portal announced (`configUpdate`), kept beside the current one until it works. */
export const secondaryConnectionSchema = portalConnectionSchema.extend({
  receivedAt: z.iso.datetime(),
  lastTriedAt: z.iso.datetime().optional(),
  lastError: z.string().max(2048).optional(),
});
export type SecondaryConnection = z.infer<typeof secondaryConnectionSchema>;

const port = z.number().int().min(1).max(65535);

export const proxySchema = z.object({
  enabled: z.boolean(),
  /** `http://host:port`, built from PROXYURL and PROXYPORT. */
  url: httpUrl.optional(),
  user: z.string().max(255).optional(),
  password: z.string().max(1024).optional(),
});

export const agentConfigSchema = z
  .object({
    current: portalConnectionSchema.optional(),
    secondary: secondaryConnectionSchema.optional(),
    proxy: proxySchema.default({ enabled: false }),
    /** PEM file of CA certificates trusted for the portal, besides the system's. */
    caFile: z.string().min(1).optional(),
    sync: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
    serve: z
      .object({
        enabled: z.boolean().default(false),
        address: z.string().min(1).default('0.0.0.0'),
        port: port.default(7103),
        /** The bearer token the collector presents (its connection's capture-agent token). */
        token: z.string().min(16).max(1024).optional(),
        tlsCertFile: z.string().min(1).optional(),
        tlsKeyFile: z.string().min(1).optional(),
      })
      .default({ enabled: false, address: '0.0.0.0', port: 7103 }),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  })
  .superRefine((config, context) => {
    if (config.proxy.enabled && !config.proxy.url) {
      context.addIssue({ code: 'custom', path: ['proxy', 'url'], message: 'is required when the proxy is enabled (PROXYURL and PROXYPORT)' });
    }
    if (config.serve.enabled && !config.serve.token) {
      context.addIssue({ code: 'custom', path: ['serve', 'token'], message: 'is required when serving the inventory (SERVETOKEN, 16 characters or more)' });
    }
    if (Boolean(config.serve.tlsCertFile) !== Boolean(config.serve.tlsKeyFile)) {
      context.addIssue({ code: 'custom', path: ['serve', 'tlsCertFile'], message: 'SERVETLSCERT and SERVETLSKEY go together' });
    }
  });
export type AgentConfig = z.output<typeof agentConfigSchema>;

/** A configuration the user must correct: every problem, each naming its field or parameter. */
export class AgentConfigError extends Error {
  constructor(
    readonly where: string,
    readonly problems: string[],
  ) {
    super(`${where}: ${problems.join('; ')}`);
    this.name = 'AgentConfigError';
  }
}

export async function loadConfig(file: string): Promise<AgentConfig> {
  const raw = (await readJsonIfExists(file)) ?? {};
  const parsed = agentConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AgentConfigError(file, parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`));
  }
  return parsed.data;
}

/** Saved readable by its owner only: it holds the client secret and the proxy password. */
export async function saveConfig(file: string, config: AgentConfig): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(config, null, 2)}\n`, 0o600);
}
