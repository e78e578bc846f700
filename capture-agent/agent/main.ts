#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';

import { parseCliArguments, type CliArguments } from './cli-arguments';
import { collectInventory } from './collect';
import { AgentConfigError, loadConfig, saveConfig, type AgentConfig } from './config';
import { DEFAULT_TARGETS, install, uninstall } from './install';
import { installedLayoutOf } from './layout';
import { createAgentLogger } from './logger';
import { applyParameterArguments, PARAMETERS } from './parameters';
import { resolvePaths, type AgentPaths } from './paths';
import { PortalClient } from './portal-client';
import { createPortalDispatcher } from './portal-http';
import { runService } from './service';
import { loadState, saveState } from './state';
import { syncOnce, type SyncDependencies } from './sync';
import { RESTART_EXIT_CODE, systemd } from './systemd';
import { applyUpdate } from './update';
import { AGENT_VERSION } from './version';

/** 0: it worked; 1: the operation failed (a sync the portal did not accept...); 2: usage or configuration error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const USAGE = `capture-agent ${AGENT_VERSION}: the inventory capture agent

Usage: capture-agent <command> [--data-dir DIR] [KEY=value...]

Commands:
  run            the service: serve the collector (TCP 7103) and sync with the portal every hour
  sync --once    collect and sync once, then exit 0 (accepted) or 1 (not)
  serve          serve the collector only
  inventory      print this machine's inventory document as JSON
  status         last sync date and result, portal URL in use, pending secondary configuration
  configure      save the KEY=value parameters to the config file and exit
  install        install under /opt and start the systemd service (--prefix, --unit-dir, --bin-dir)
  uninstall      stop and remove the service, the program and the data folder (--keep-data)
  version        print the version

Data folder: --data-dir, else AGENT_DATA_DIR, else /var/lib/inventory-capture-agent (%ProgramData%\\inventory-capture-agent on Windows).
Parameters are saved to its config.json, so later runs need none:
${Object.entries(PARAMETERS).map(([key, description]) => `  ${key.padEnd(14)} ${description}`).join('\n')}
`;

export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArguments;
  let paths: AgentPaths;
  let config: AgentConfig;
  try {
    args = parseCliArguments(argv);
    if (args.command === 'help' || args.command === 'version') {
      process.stdout.write(args.command === 'help' ? USAGE : `${AGENT_VERSION}\n`);
      return EXIT.ok;
    }
    paths = resolvePaths(args.flags.dataDir);
    config = await loadConfig(paths.configFile);
    if (args.parameters.length > 0) {
      if (args.command === 'uninstall') {
        throw new AgentConfigError('command line', ['uninstall takes no KEY=value parameters']);
      }
      config = applyParameterArguments(config, args.parameters);
      await saveConfig(paths.configFile, config);
      process.stderr.write(`saved ${args.parameters.map((parameter) => parameter.split('=')[0]).join(', ')} to ${paths.configFile}\n`);
    }
  } catch (error) {
    process.stderr.write(error instanceof AgentConfigError ? `capture-agent: ${error.where}:\n${error.problems.map((problem) => `  - ${problem}\n`).join('')}` : `capture-agent: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  try {
    return await runCommand(args, paths, config);
  } catch (error) {
    process.stderr.write(`capture-agent ${args.command}: ${(error as Error).message}\n`);
    return error instanceof AgentConfigError ? EXIT.usage : EXIT.failed;
  }
}

async function runCommand(args: CliArguments, paths: AgentPaths, config: AgentConfig): Promise<number> {
  switch (args.command) {
    case 'inventory':
      process.stdout.write(`${JSON.stringify(await collectInventory(), null, 2)}\n`);
      return EXIT.ok;
    case 'status':
      process.stdout.write(await statusReport(paths, config));
      return EXIT.ok;
    case 'configure':
      process.stdout.write(`configuration in ${paths.configFile}\n`);
      return EXIT.ok;
    case 'install':
    case 'uninstall':
      return installCommand(args, paths);
    case 'sync':
    case 'serve':
    case 'run':
      return withLogger(paths, config, (logger) => roleCommand(args.command as 'sync' | 'serve' | 'run', paths, config, logger));
    case 'help':
    case 'version':
      return EXIT.ok;
  }
}

async function roleCommand(command: 'sync' | 'serve' | 'run', paths: AgentPaths, config: AgentConfig, logger: Logger): Promise<number> {
  const state = await loadState(paths.stateFile);
  await saveState(paths.stateFile, state); // keeps the agent UUID from its first run on
  const deps = syncDependencies(paths, logger);
  if (command === 'sync') {
    const outcome = await syncOnce(deps);
    process.stdout.write(`${outcome.ok ? 'sync accepted' : 'sync failed'} (${outcome.kind}): ${outcome.message}${outcome.update ? `; update: ${outcome.update.message}` : ''}\n`);
    return outcome.ok ? EXIT.ok : EXIT.failed;
  }
  const serveOnly = command === 'serve';
  if (serveOnly && !config.serve.enabled && !config.serve.token) {
    throw new AgentConfigError('serve', ['give SERVETOKEN (and SERVEENABLED=1 for `run`) to serve the inventory']);
  }
  if (!serveOnly && !config.serve.enabled && !config.sync.enabled) {
    throw new AgentConfigError('run', ['both roles are off (SERVEENABLED=0, SYNCENABLED=0): nothing to run']);
  }
  const stop = new AbortController();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'stopping');
      stop.abort();
    });
  }
  const roles: AgentConfig = serveOnly ? { ...config, serve: { ...config.serve, enabled: true }, sync: { enabled: false } } : config;
  const { restart } = await runService({ config: roles, agentId: state.agentUuid, sync: deps, logger, signal: stop.signal });
  return restart && process.env.AGENT_SERVICE ? RESTART_EXIT_CODE : EXIT.ok;
}

function syncDependencies(paths: AgentPaths, logger: Logger): SyncDependencies {
  const layout = installedLayoutOf(process.argv[1] ?? __filename);
  return {
    paths,
    clock: { now: () => new Date() },
    logger,
    collect: collectInventory,
    portalFor: (config) => new PortalClient(createPortalDispatcher(config), config.proxy.enabled ? config.proxy.url : undefined),
    applyUpdate: layout ? (offer, { portal, token }) => applyUpdate({ layout, downloadDir: paths.downloadDir, offer, portal, token, logger }) : undefined,
  };
}

async function installCommand(args: CliArguments, paths: AgentPaths): Promise<number> {
  if (process.platform === 'win32') {
    throw new AgentConfigError(args.command, ['on Windows, install the agent as a service as the README\'s "Capture agent on Windows" section says']);
  }
  const targets = { prefix: path.resolve(args.flags.prefix ?? DEFAULT_TARGETS.prefix), dataDir: paths.dataDir, unitDir: path.resolve(args.flags.unitDir ?? DEFAULT_TARGETS.unitDir), binDir: path.resolve(args.flags.binDir ?? DEFAULT_TARGETS.binDir) };
  const lines =
    args.command === 'install'
      ? await install({ ...targets, packageDir: path.dirname(process.argv[1] ?? __filename), nodePath: process.execPath, services: systemd })
      : await uninstall({ ...targets, services: systemd, keepData: args.flags.keepData });
  if (args.command === 'install') {
    await mkdir(paths.dataDir, { recursive: true, mode: 0o700 });
    lines.splice(lines.length - 1, 0, `configuration in ${paths.configFile}`);
  }
  process.stdout.write(lines.map((line) => `${args.command}: ${line}\n`).join(''));
  return EXIT.ok;
}

async function statusReport(paths: AgentPaths, config: AgentConfig): Promise<string> {
  const state = await loadState(paths.stateFile);
  const assigned = existsSync(paths.stateFile);
  const result = state.lastResult;
  const lines = [
    `agent version:      ${AGENT_VERSION}`,
    `data folder:        ${paths.dataDir}`,
    `agent UUID:         ${assigned ? state.agentUuid : '(assigned at the first run)'}`,
    `server URL in use:  ${config.current?.url ?? '(not configured: give PORTALURL1, CLIENTID, CLIENTSECRET)'}`,
    `last sync:          ${state.lastSyncAt ?? 'never'}`,
    `last full sync:     ${state.lastFullSyncAt ?? 'never'}`,
    `last result:        ${result ? `${result.ok ? 'ok' : 'FAILED'} (${result.kind}) at ${result.at}: ${result.message}` : 'none yet'}`,
    `secondary pending:  ${config.secondary ? `yes, ${config.secondary.url} (client ${config.secondary.clientId}, received ${config.secondary.receivedAt}${config.secondary.lastError ? `, last try ${config.secondary.lastTriedAt ?? ''} failed: ${config.secondary.lastError}` : ', not tried yet'})` : 'no'}`,
    `serve (pull):       ${config.serve.enabled ? `on, ${config.serve.address}:${config.serve.port}${config.serve.tlsCertFile ? ' over TLS' : ''}` : 'off'}`,
    `sync (push):        ${config.sync.enabled ? 'on' : 'off'}${config.proxy.enabled ? `, through proxy ${config.proxy.url ?? ''}` : ''}`,
    ...(state.lastUpdate ? [`last update:        ${state.lastUpdate.version} at ${state.lastUpdate.at}: ${state.lastUpdate.ok ? 'applied' : 'refused'}, ${state.lastUpdate.message}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

async function withLogger(paths: AgentPaths, config: AgentConfig, body: (logger: Logger) => Promise<number>): Promise<number> {
  const { logger, flush } = await createAgentLogger({ level: config.logLevel, logFile: paths.logFile });
  try {
    return await body(logger);
  } catch (error) {
    logger.error({ err: error }, 'the agent stopped on an error');
    throw error;
  } finally {
    await flush();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`capture-agent: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}
