import path from 'node:path';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import { agentRoutes } from '../api/agent-endpoints';
import { NATIVE_TOKEN_PATHS, nativeAgentRouter } from '../api/native-agent-endpoints';
import { TOKEN_PATH } from '../contracts/push-sync.protocol';
import { byteCount } from '../lib/byte-count';
import { createApp } from '../api/app';
import { agentClient, createAccessGuard } from '../api/auth';
import { findConsoleBuild } from '../api/console';
import { EventStreams } from '../api/event-stream';
import { eventRoutes } from '../api/routers/events.router';
import type { RouteSpec } from '../api/route';
import { agentApiRoutes } from '../api/routers/agent-api.router';
import { agentReleaseRoutes } from '../api/routers/agent-releases.router';
import { connectionRoutes } from '../api/routers/connections.router';
import { dashboardRoutes } from '../api/routers/dashboard.router';
import { equipmentRoutes } from '../api/routers/equipment.router';
import { identityRoutes } from '../api/routers/identities.router';
import { importRoutes } from '../api/routers/imports.router';
import { scanRoutes } from '../api/routers/scans.router';
import { sessionRoutes } from '../api/routers/session.router';
import { webhookRoutes } from '../api/routers/webhooks.router';
import type { Repositories } from './repositories';
import type { CoreContext, Services } from './services';

/** The routes of /api/v1, resource by resource. */
export function apiRoutes(services: Services, repositories: Repositories, context: CoreContext, streams: EventStreams): RouteSpec[] {
  const { clock, config } = context;
  return [
    ...connectionRoutes(services),
    ...equipmentRoutes(services),
    ...identityRoutes(services),
    ...scanRoutes(services),
    ...importRoutes(services),
    ...agentApiRoutes({ access: services.agentAccess, queries: repositories.agents, pending: services.pending }),
    ...agentReleaseRoutes({ releases: services.releases, maxBytes: config.agents.releaseMaxBytes }),
    ...webhookRoutes(services),
    ...sessionRoutes(),
    ...dashboardRoutes({ dashboard: services.dashboard, now: () => clock.now() }),
    ...eventRoutes({ streams }),
  ];
}

export interface HttpSide {
  app: Express;
  /** The live event streams, ended before the server closes (an open stream would hold its close). */
  streams: EventStreams;
}

/** The express application: the API, the push agents' endpoints, probes and metrics, the web console. */
export function createHttp(services: Services, repositories: Repositories, context: CoreContext & { dataSource: DataSource }): HttpSide {
  const { config, clock, logger, dataSource } = context;
  const agentTokens = { signer: services.agentTokens, access: services.agentAccess, now: () => clock.now().getTime() };
  const guard = createAccessGuard({ auth: services.auth, agents: agentTokens });
  const agentEndpoints = agentRoutes({
    access: services.agentAccess,
    sync: services.agentSync,
    releases: services.releases,
    signer: services.agentTokens,
    bodyLimit: config.agents.bodyLimit,
    parseSyncBody: (text) => services.syncBodies.run(text),
    syncRate: { burst: config.agents.syncBurst, refillMs: config.agents.syncRefillSeconds * 1000 },
    now: () => clock.now().getTime(),
  });
  const [tokenRoute, ...tokenAliases] = nativeTokenRoutes(agentEndpoints);
  const streams = new EventStreams(services.events);
  const app = createApp({
    logger,
    metrics: services.metrics,
    routes: apiRoutes(services, repositories, context, streams),
    agentRoutes: agentEndpoints,
    rootRoutes: tokenRoute ? [tokenRoute] : [],
    rootRouteAliases: tokenAliases,
    nativeAgents: nativeAgentRouter({
      access: services.agentAccess,
      bearerClient: (req) => agentClient(agentTokens, req),
      agents: services.nativeAgents,
      readRequest: (bytes, maxBytes) => services.ocsReadPool.readRequest(bytes, maxBytes),
      everyHours: config.agents.inventoryEveryHours,
      anonymous: config.agents.anonymousIntake,
      bodyLimitBytes: byteCount(config.agents.bodyLimit),
      rate: { burst: config.agents.syncBurst, refillMs: config.agents.syncRefillSeconds * 1000 },
      now: () => clock.now().getTime(),
    }),
    guard,
    isReady: async () => dataSource.isInitialized && (await dataSource.query('SELECT 1')) !== undefined,
    bodyLimit: config.http.bodyLimit,
    trustProxy: config.http.trustProxy,
    version: process.env.npm_package_version ?? 'dev',
    consoleDir: findConsoleBuild(path.resolve(__dirname, '..')),
  });
  return { app, streams };
}

/** Our token endpoint again where the GLPI agent looks for it: the same route, the same answers, another path. */
function nativeTokenRoutes(agentEndpoints: readonly RouteSpec[]): RouteSpec[] {
  const token = agentEndpoints.find((route) => route.method === 'post' && route.path === TOKEN_PATH);
  return token ? NATIVE_TOKEN_PATHS.map((path) => ({ ...token, path, summary: `${token.summary} (where the GLPI agent asks: its server URL + api.php/token)` })) : [];
}

export interface ListeningServer {
  url: string;
  /** Stops accepting, lets in-flight requests finish within `timeoutMs`, then cuts what is left. */
  close(timeoutMs: number): Promise<void>;
}

/** `beforeClose` runs first when closing: it ends long-lived answers (event streams) that would hold the close. */
export async function listen(app: Express, port: number, host: string, beforeClose: () => void = () => undefined): Promise<ListeningServer> {
  const server: Server = app.listen(port, host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shown === '0.0.0.0' || shown === '[::]' ? '127.0.0.1' : shown}:${address.port}`;
  return {
    url,
    close: async (timeoutMs) => {
      beforeClose();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets would hold close() open until they time out.
      server.closeIdleConnections();
      await Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref())]);
      server.closeAllConnections();
    },
  };
}
