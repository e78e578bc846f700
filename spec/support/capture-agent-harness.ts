import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Clock } from '../../domain/clock';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { loadConfig, saveConfig, type AgentConfig } from '../../capture-agent/agent/config';
import { applyParameterArguments } from '../../capture-agent/agent/parameters';
import { resolvePaths, type AgentPaths } from '../../capture-agent/agent/paths';
import { PortalClient } from '../../capture-agent/agent/portal-client';
import { createPortalDispatcher } from '../../capture-agent/agent/portal-http';
import type { SyncDependencies } from '../../capture-agent/agent/sync';
import type { TestServer } from './server';

/** Log lines kept in memory, parsed, for assertions on what the agent logged. */
export interface CapturedLog {
  logger: Logger;
  lines: Array<{ level: number; msg: string; [field: string]: unknown }>;
  /** The messages, one string each, for regex assertions. */
  text(): string;
}

export function capturedLog(): CapturedLog {
  const lines: CapturedLog['lines'] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as CapturedLog['lines'][number]) });
  return { logger, lines, text: () => lines.map((line) => JSON.stringify(line)).join('\n') };
}

export function temporaryDataDir(label: string): AgentPaths {
  return resolvePaths(mkdtempSync(path.join(tmpdir(), `spec-agent-${label}-`)));
}

/** Applies `KEY=value` parameters to the agent's config file, as the command line does. */
export async function configureAgent(paths: AgentPaths, parameters: string[]): Promise<AgentConfig> {
  const config = applyParameterArguments(await loadConfig(paths.configFile), parameters);
  await saveConfig(paths.configFile, config);
  return config;
}

/** A fresh client secret for the server's current agent API client. */
export async function issueAgentSecret(server: TestServer): Promise<string> {
  const answer = await server.call('/api/v1/agent-api/secret', { method: 'POST' });
  if (answer.status !== 201) {
    throw new Error(`secret: ${answer.status} ${await answer.text()}`);
  }
  return ((await answer.json()) as { clientSecret: string }).clientSecret;
}

export const strongSecret = () => `S3cret-${randomBytes(18).toString('base64url')}`;

/** The agent's sync dependencies with a given inventory source, clock and log. */
export function syncDependencies(options: { paths: AgentPaths; clock: Clock; log: CapturedLog; collect: () => Promise<InventoryDocument> }): SyncDependencies {
  return {
    paths: options.paths,
    clock: options.clock,
    logger: options.log.logger,
    collect: options.collect,
    portalFor: (config) => new PortalClient(createPortalDispatcher(config), config.proxy.enabled ? config.proxy.url : undefined),
  };
}

/** A loopback port nothing listens on (just released): connections to it are refused until someone binds it. */
export async function unusedLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
