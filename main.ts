import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createAccessGuard } from './api/auth';
import { createApp } from './api/app';
import { connectionRoutes } from './api/routers/connections.router';
import { equipmentRoutes } from './api/routers/equipment.router';
import { validateConnectionInput } from './api/schemas/connection.schemas';
import { ConfigError, loadConfig } from './config/load-config';
import type { Config } from './config/schema';
import { openDatabase } from './db/open-database';
import { TypeormApiTokenRepository } from './db/repositories/api-token.repository';
import { TypeormConnectionRepository } from './db/repositories/connection.repository';
import { TypeormEquipmentRepository } from './db/repositories/equipment.repository';
import { InventoryRepository } from './db/repositories/inventory.repository';
import { Transactor } from './db/transactor';
import { AuthService } from './domain/auth.service';
import { systemClock, type Clock } from './domain/clock';
import { ConnectionService } from './domain/connection.service';
import { EquipmentService } from './domain/equipment.service';
import { InventoryService } from './domain/inventory.service';
import { createLogger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { loadSecretKey, SecretCipher } from './security/secret-cipher';

/** How often Ignored equipment whose period ended is set Active again in the database. */
const IGNORE_SWEEP_INTERVAL_MS = 60_000;

export interface RunningServer {
  url: string;
  dataSource: DataSource;
  services: { inventory: InventoryService; connections: ConnectionService; equipment: EquipmentService; auth: AuthService };
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
  const cipher = new SecretCipher(loadSecretKey(config.secretKey, config.dataDir));
  const transactor = new Transactor(dataSource);
  const metrics = new Metrics();

  const equipmentRepository = new TypeormEquipmentRepository(dataSource, transactor, clock);
  const services = {
    inventory: new InventoryService(new InventoryRepository(transactor), clock),
    connections: new ConnectionService(new TypeormConnectionRepository(dataSource, transactor, cipher), validateConnectionInput),
    equipment: new EquipmentService(equipmentRepository),
    auth: new AuthService(new TypeormApiTokenRepository(dataSource), clock, config.adminToken),
  };

  const app = createApp({
    logger,
    metrics,
    routes: [...connectionRoutes(services), ...equipmentRoutes(services)],
    guard: createAccessGuard(services.auth),
    isReady: async () => dataSource.isInitialized && (await dataSource.query('SELECT 1')) !== undefined,
    bodyLimit: config.http.bodyLimit,
    trustProxy: config.http.trustProxy,
    version: process.env.npm_package_version ?? 'dev',
  });

  const sweepIgnores = () => {
    equipmentRepository
      .releaseExpiredIgnores(clock.now())
      .then((released) => released > 0 && logger.info({ module: 'ignore-rule', released }, 'ignore periods ended'))
      .catch((error: unknown) => logger.error({ module: 'ignore-rule', err: error }, 'ignore sweep failed'));
  };
  sweepIgnores();
  const sweeper = setInterval(sweepIgnores, IGNORE_SWEEP_INTERVAL_MS);
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
      // Stop accepting, let in-flight requests finish, then cut idle keep-alive sockets.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref());
      await Promise.race([closed, timeout]);
      server.closeAllConnections();
      await dataSource.destroy();
      logger.info('server stopped');
    })());

  return { url, dataSource, services, logger, stop };
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
