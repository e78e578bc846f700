import { once } from 'node:events';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createAccessGuard } from './api/auth';
import { createApp } from './api/app';
import { findConsoleBuild } from './api/console';
import { dashboardRoutes } from './api/routers/dashboard.router';
import { sessionRoutes } from './api/routers/session.router';
import { DashboardService } from './domain/dashboard.service';
import { connectionRoutes } from './api/routers/connections.router';
import { equipmentRoutes } from './api/routers/equipment.router';
import { scanRoutes } from './api/routers/scans.router';
import { ConnectionTester } from './collector/connection-tester';
import { createPinger, SystemPinger } from './collector/probes/ping.probe';
import { RUN_OWNER_PREFIX, ScanRunner } from './collector/scan-runner';
import { TypeormImportedFileRepository } from './db/repositories/imported-file.repository';
import { OcsImporter } from './ocs-import/import.service';
import { OCS_READERS, OcsReadPool } from './ocs-import/read-pool';
import { OcsFolderWatcher } from './ocs-import/watcher';
import { importRoutes } from './api/routers/imports.router';
import { ScanScheduler } from './collector/scheduler';
import { validateConnectionInput } from './api/schemas/connection.schemas';
import { ConfigError, loadConfig } from './config/load-config';
import type { Config } from './config/schema';
import { openDatabase } from './db/open-database';
import { TypeormApiTokenRepository } from './db/repositories/api-token.repository';
import { TypeormConnectionRepository } from './db/repositories/connection.repository';
import { TypeormEquipmentRepository } from './db/repositories/equipment.repository';
import { TypeormScanRunRepository } from './db/repositories/scan-run.repository';
import { InventoryRepository } from './db/repositories/inventory.repository';
import { Transactor } from './db/transactor';
import { AuthService } from './domain/auth.service';
import { systemClock, type Clock } from './domain/clock';
import { ConnectionService } from './domain/connection.service';
import { EquipmentService } from './domain/equipment.service';
import { InventoryService } from './domain/inventory.service';
import { ScanService } from './domain/scan.service';
import { createLogger } from './lib/logger';
import { Metrics } from './observability/metrics';
import { loadSecretKey, SecretCipher } from './security/secret-cipher';
import { AgentTokenSigner, secretFingerprint } from './security/agent-tokens';
import { apiTokenTools, generateToken, hashSecret, verifySecret } from './security/hashing';
import { agentRouter } from './api/agent-endpoints';
import { agentApiRoutes } from './api/routers/agent-api.router';
import { AgentAccessService } from './domain/agent-access.service';
import { AgentSyncService } from './domain/agent-sync.service';
import { PendingService } from './domain/pending.service';
import { AgentReleaseService } from './domain/agent-release.service';
import { TypeormAgentReleaseRepository } from './db/repositories/agent-release.repository';
import { ReleaseFileStore } from './storage/release-files';
import { agentReleaseRoutes } from './api/routers/agent-releases.router';
import type { ParsedSync } from './api/sync-body';
import { WorkerPool } from './workers/worker-pool';
import { TypeormAgentClientRepository, TypeormAgentRepository } from './db/repositories/agent.repository';
import { TypeormWebhookRepository } from './db/repositories/webhook.repository';
import { AgentOfflineWatch } from './domain/agent-presence';
import { WebhookService } from './domain/webhook.service';
import { webhookRoutes } from './api/routers/webhooks.router';
import { WebhookDispatcher } from './webhooks/dispatcher';
import { fetchTransport } from './webhooks/fetch-transport';

/** How often Ignored equipment whose period ended is set Active again, and stale runs are marked interrupted. */
const SWEEP_INTERVAL_MS = 60_000;
/** A running scan whose heartbeat is older than this belongs to a server that stopped. */
const STALE_RUN_MS = 60_000;
/** Delivered and failed webhook deliveries are kept this long for GET /webhooks/:id/deliveries. */
const WEBHOOK_DELIVERY_RETENTION_MS = 30 * 86_400_000;

export interface RunningServer {
  url: string;
  dataSource: DataSource;
  services: { inventory: InventoryService; connections: ConnectionService; equipment: EquipmentService; auth: AuthService; scans: ScanService; webhooks: WebhookService };
  runner: ScanRunner;
  offlineWatch: AgentOfflineWatch;
  scheduler: ScanScheduler;
  watcher: OcsFolderWatcher;
  logger: Logger;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
}

/** The composition root: builds every concrete class, wires them, and starts the HTTP server. */
export async function startServer(config: Readonly<Config>, options: StartOptions = {}): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const dataSource = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, runMigrations: config.runMigrations }, logger);
  const secretKey = loadSecretKey(config.secretKey, config.dataDir);
  const cipher = new SecretCipher(secretKey);
  const transactor = new Transactor(dataSource);
  const metrics = new Metrics();

  const equipmentRepository = new TypeormEquipmentRepository(dataSource, transactor, clock);
  const scanRunRepository = new TypeormScanRunRepository(dataSource, transactor);
  const connectionRepository = new TypeormConnectionRepository(dataSource, transactor, cipher);
  const webhookRepository = new TypeormWebhookRepository(dataSource, transactor, cipher);
  const webhooks = new WebhookDispatcher({ subscriptions: webhookRepository, deliveries: webhookRepository, transport: fetchTransport, clock, logger });
  const inventory = new InventoryService(new InventoryRepository(transactor), clock, webhooks);
  const connections = new ConnectionService(connectionRepository, validateConnectionInput);
  const runner = new ScanRunner({
    scanRuns: scanRunRepository,
    equipment: equipmentRepository,
    inventory,
    pinger: createPinger(),
    clock,
    logger,
    onRunFinished: (run) => {
      metrics.scanRuns.inc({ status: run.status });
      webhooks.publish({ type: 'scan.completed', occurredAt: clock.now(), data: { runId: run.id, connectionId: run.connectionId, status: run.status, counts: { ...run.counts } } });
    },
    onHostProbed: (result) => result.steps.forEach((step) => metrics.probes.inc({ probe: step.name, status: step.status })),
  });
  const services = {
    inventory,
    connections,
    equipment: new EquipmentService(equipmentRepository),
    auth: new AuthService(new TypeormApiTokenRepository(dataSource), apiTokenTools, clock, config.adminToken),
    scans: new ScanService(scanRunRepository, connections, runner, clock),
    webhooks: new WebhookService(webhookRepository, webhookRepository, webhooks, () => generateToken('whsec_', 32), clock),
  };
  const tester = new ConnectionTester(connections, new SystemPinger(), logger);

  // Runs left "running" by a server that stopped are marked interrupted before new ones start.
  const interrupted = await scanRunRepository.markInterrupted({ ownerPrefix: RUN_OWNER_PREFIX }, clock.now());
  if (interrupted > 0) {
    logger.warn({ module: 'collector', interrupted }, 'scan runs interrupted by the last stop were marked as such');
  }
  const scheduler = new ScanScheduler(runner, (id) => connectionRepository.findById(id), logger);
  scheduler.scheduleAll((await connectionRepository.list({ type: 'network', enabled: true }, { limit: 10_000, offset: 0 })).items);
  connections.onChange((change) => scheduler.onConnectionChange(change));

  const readPool = new OcsReadPool(OCS_READERS);
  const syncBodies = new WorkerPool<string, ParsedSync>(path.join(__dirname, 'api', 'sync-body-worker'), 1, 'parsing the sync body');
  const watcher = new OcsFolderWatcher(new OcsImporter(inventory, new TypeormImportedFileRepository(dataSource), logger, readPool.read), logger, { ...config.ocs, concurrency: 6 });
  for (const connection of (await connectionRepository.list({ type: 'ocs', enabled: true }, { limit: 10_000, offset: 0 })).items) {
    await watcher.apply(connection);
  }
  connections.onChange((change) => {
    const applied = change.kind === 'deleted' ? watcher.unwatch(change.id) : watcher.apply(change.connection);
    applied.catch((error: unknown) => logger.error({ module: 'ocs-import', err: error }, 'applying the connection to the folder watcher failed'));
  });

  const agentAccess = new AgentAccessService(
    new TypeormAgentClientRepository(dataSource),
    {
      hash: hashSecret,
      verify: verifySecret,
      encrypt: (plain) => cipher.encrypt(plain),
      decrypt: (ciphertext) => cipher.decrypt(ciphertext),
      generate: () => generateToken('', 32),
      fingerprint: secretFingerprint,
    },
    clock,
  );
  const agents = new TypeormAgentRepository(dataSource, transactor, clock);
  const agentSync = new AgentSyncService(agents, inventory, agentAccess, clock, Math.random, webhooks);
  const offlineWatch = new AgentOfflineWatch(agents, webhooks, clock);
  await webhooks.resume();
  const pending = new PendingService(agents, equipmentRepository, inventory);
  const releases = new AgentReleaseService(new TypeormAgentReleaseRepository(dataSource, transactor), new ReleaseFileStore(path.join(config.dataDir, 'agent-releases')), clock, config.agents.releaseMaxBytes);

  const app = createApp({
    logger,
    metrics,
    routes: [
      ...connectionRoutes(services),
      ...equipmentRoutes(services),
      ...scanRoutes({ scans: services.scans, tester }),
      ...importRoutes({ connections, watcher }),
      ...agentApiRoutes({ access: agentAccess, queries: agents, pending }),
      ...agentReleaseRoutes({ releases, maxBytes: config.agents.releaseMaxBytes }),
      ...webhookRoutes(services),
      ...sessionRoutes(services),
      ...dashboardRoutes({ dashboard: new DashboardService({ equipment: equipmentRepository, scanRuns: scanRunRepository, connections, imports: watcher, agents }), now: () => clock.now() }),
    ],
    agentRouter: agentRouter({
      access: agentAccess,
      sync: agentSync,
      releases,
      signer: new AgentTokenSigner(secretKey),
      bodyLimit: config.agents.bodyLimit,
      parseSyncBody: (text) => syncBodies.run(text),
      syncRate: { burst: config.agents.syncBurst, refillMs: config.agents.syncRefillSeconds * 1000 },
      now: () => clock.now().getTime(),
    }),
    guard: createAccessGuard(services.auth),
    isReady: async () => dataSource.isInitialized && (await dataSource.query('SELECT 1')) !== undefined,
    bodyLimit: config.http.bodyLimit,
    trustProxy: config.http.trustProxy,
    version: process.env.npm_package_version ?? 'dev',
    consoleDir: findConsoleBuild(__dirname),
  });

  const sweep = () => {
    equipmentRepository
      .releaseExpiredIgnores(clock.now())
      .then((released) => released > 0 && logger.info({ module: 'ignore-rule', released }, 'ignore periods ended'))
      .catch((error: unknown) => logger.error({ module: 'ignore-rule', err: error }, 'ignore sweep failed'));
    scanRunRepository
      .markInterrupted({ staleBefore: new Date(clock.now().getTime() - STALE_RUN_MS) }, clock.now())
      .then((stale) => stale > 0 && logger.warn({ module: 'collector', stale }, 'stale scan runs marked interrupted'))
      .catch((error: unknown) => logger.error({ module: 'collector', err: error }, 'stale run sweep failed'));
    offlineWatch.check().catch((error: unknown) => logger.error({ module: 'agents', err: error }, 'agent offline check failed'));
    webhookRepository
      .deleteFinishedBefore(new Date(clock.now().getTime() - WEBHOOK_DELIVERY_RETENTION_MS))
      .catch((error: unknown) => logger.error({ module: 'webhooks', err: error }, 'webhook delivery clean-up failed'));
  };
  sweep();
  const sweeper = setInterval(sweep, SWEEP_INTERVAL_MS);
  sweeper.unref();

  const server: Server = app.listen(config.port, config.host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  logger.info({ url, database: dataSource.options.type }, 'server listening');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(sweeper);
      scheduler.stop();
      // Running scans stop probing new hosts and record themselves as cancelled.
      await runner.stopAll(config.shutdownTimeoutMs);
      await watcher.stopAll();
      await readPool.close();
      // Stop accepting, let in-flight requests finish, then cut idle keep-alive sockets.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref());
      await Promise.race([closed, timeout]);
      server.closeAllConnections();
      // Pending deliveries stay in the database and are sent after the next start.
      await webhooks.stop();
      await syncBodies.close();
      await dataSource.destroy();
      logger.info('server stopped');
    })());

  return { url, dataSource, services, runner, offlineWatch, scheduler, watcher, logger, stop };
}

async function main(): Promise<void> {
  let config: Readonly<Config>;
  try {
    config = loadConfig({ argv: process.argv.slice(2) });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let running: RunningServer;
  try {
    running = await startServer(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, 'the server could not start');
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

if (require.main === module) {
  void main();
}
