import type { Socket } from 'node:net';
import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/metrics';
import { AGENT_BASE_PATH } from '../contracts/push-sync.protocol';
import { consoleRouter } from './console';
import { createErrorHandler, notFoundHandler } from './error-handler';
import { buildOpenApiDocument } from './openapi';
import { requestLogger } from './request-log';
import { mountRoutes, type AccessGuard, type RouteSpec } from './route';

export const API_BASE_PATH = '/api/v1';

export interface AppDependencies {
  logger: Logger;
  metrics: Metrics;
  routes: readonly RouteSpec[];
  guard: AccessGuard;
  /** True when the database answers; /readyz says 503 otherwise. */
  isReady: () => Promise<boolean>;
  bodyLimit: string;
  trustProxy: string;
  /** The push agents' endpoints (token, sync, download), mounted at /agent/v1. */
  agentRoutes?: readonly RouteSpec[];
  /** Routes at the server's root, where other agents expect them (the GLPI agent's OAuth2 token endpoint at /api.php/token). */
  rootRoutes?: readonly RouteSpec[];
  /** More paths for root routes, mounted but left out of the OpenAPI document (the same token endpoint under each GLPI base). */
  rootRouteAliases?: readonly RouteSpec[];
  version: string;
  /** The OCS, FusionInventory and GLPI agents' intake, at the paths they are pointed at (api/native-agent-endpoints.ts). */
  nativeAgents?: express.Router;
  /** The web console's static build, served at `/` (undefined: no console; null: not built). */
  consoleDir?: string | null;
}

/**
 * /readyz answers 503 when the database has not answered within this long: a database that
 * drops packets would otherwise hold each probe for mysql2's 10 s connect timeout, longer than
 * probes wait. Not shorter: a pool busy under load is slow, not down.
 */
const READY_TIMEOUT_MS = 2000;

function answersWithin(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  return Promise.race([check().catch(() => false), late]).finally(() => clearTimeout(timer));
}

/**
 * `req.secure` without asking the trust-proxy function when there is no X-Forwarded-Proto to
 * trust: express answers from the socket alone then, and the question parses the socket's
 * address on every request.
 */
function isSecure(req: Request): boolean {
  return req.headers['x-forwarded-proto'] === undefined ? (req.socket as Socket & { encrypted?: boolean }).encrypted === true : req.secure;
}

export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  // No upgrade-insecure-requests: the server (and the console's scripts) is often reached over plain HTTP on a LAN,
  // where upgrading same-origin requests to https would break every page.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } }, strictTransportSecurity: false }));
  // HSTS only means something over HTTPS (RFC 6797 §7.2: not sent over plain HTTP); behind a TLS proxy req.secure says so.
  app.use((req: Request, res: Response, next) => {
    if (isSecure(req)) {
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    next();
  });
  app.use(requestLogger(app, deps.logger));
  app.use((req: Request, res: Response, next) => {
    const stop = deps.metrics.httpRequestDuration.startTimer({ method: req.method });
    res.on('finish', () => stop({ route: typeof res.locals.route === 'string' ? res.locals.route : req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched', status: String(res.statusCode) }));
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await answersWithin(deps.isReady, READY_TIMEOUT_MS);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  const groups = [
    { basePath: API_BASE_PATH, routes: deps.routes },
    { basePath: AGENT_BASE_PATH, routes: deps.agentRoutes ?? [] },
    { basePath: '', routes: deps.rootRoutes ?? [] },
  ];
  const openApi = buildOpenApiDocument(groups, { version: deps.version });
  groups.push({ basePath: '', routes: deps.rootRouteAliases ?? [] });
  const api = express.Router();
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use(API_BASE_PATH, api);
  for (const { basePath, routes } of groups) {
    // Each route reads its own body, after its access check (api/route.ts).
    const router = basePath === API_BASE_PATH ? api : express.Router();
    mountRoutes(router, routes, { guard: deps.guard, bodyLimit: deps.bodyLimit });
    if (router !== api) {
      app.use(basePath || '/', router);
    }
  }
  if (deps.nativeAgents) {
    app.use(deps.nativeAgents);
  }
  if (deps.consoleDir !== undefined) {
    app.use(consoleRouter(deps.consoleDir));
  }

  app.use(notFoundHandler);
  app.use(createErrorHandler(deps.logger));
  return app;
}
