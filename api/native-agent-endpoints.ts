import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { AgentApiClient } from '../domain/agent-access';
import type { AgentAccessService } from '../domain/agent-access.service';
import { nativeAgentOf } from '../domain/agent-kind';
import { DomainError } from '../domain/errors';
import type { NativeAgentCaller, NativeAgentService } from '../domain/native-agent.service';
import { RateLimiter } from '../lib/rate-limiter';
import { readAgentRequest, type AgentRequestReading, type OcsRequestReading } from '../ocs-import/read-inventory';
import type { GlpiRequestReading } from '../ocs-import/read-glpi-request';
import { bearerToken } from './auth';
import { basicCredentials } from './basic-credentials';
import { readAgentBody } from './native-agents/agent-body';
import { contactAnswer, errorAnswer, okAnswer } from './native-agents/glpi-answers';
import { inventoryReply, OCS_REPLY_CONTENT_TYPE, packReply, prologReply } from './native-agents/ocs-replies';

/**
 * Where the agents are pointed: OCS Inventory's `--server http://host/ocsinventory`, FusionInventory's
 * `/plugins/fusioninventory/`, the GLPI agent's plugin, marketplace and GLPI 10 paths, and `/`.
 */
export const NATIVE_AGENT_PATHS = ['/ocsinventory', '/plugins/fusioninventory', '/plugins/glpiinventory', '/marketplace/glpiinventory', '/front/inventory.php'] as const;

/**
 * Where the GLPI agent asks for an OAuth2 token (GLPI 11): its server URL cut before `plugins` or
 * `marketplace`, plus `api.php/token` (lib/GLPI/Agent/HTTP/Client.pm, _getOauthAccessToken), so
 * `/api.php/token` for the plugin paths and `/`, and `/front/inventory.php/api.php/token` for that one.
 */
export const NATIVE_TOKEN_PATHS = ['/api.php/token', ...NATIVE_AGENT_PATHS.map((base) => `${base}/api.php/token`)] as const;

/** The realm agents are given (`--realm inventory`): the OCS agent sends credentials only for the realm it was told. */
export const NATIVE_AGENT_REALM = 'inventory';

export interface NativeAgentEndpointDependencies {
  access: Pick<AgentAccessService, 'authenticateEachRequest' | 'anonymousClient'>;
  /** Agents without credentials are taken as the current client (agents.anonymousIntake); a request with wrong ones is still refused. */
  anonymous: boolean;
  /** The client of an `Authorization: Bearer` access token (from POST …/api.php/token or /agent/v1/token); throws `unauthenticated` or `forbidden`. */
  bearerClient: (req: Request) => Promise<AgentApiClient>;
  agents: NativeAgentService;
  /** readAgentRequest (ocs-import/read-inventory.ts), in the OCS reader pool or inline. */
  readRequest: (bytes: Buffer, maxBytes: number) => Promise<AgentRequestReading>;
  /** When agents come back, in hours: the GLPI answers' `expiration`. */
  everyHours: number;
  /** Largest body on the wire and after inflation (INVENTORY_AGENT_BODY_LIMIT). */
  bodyLimitBytes: number;
  /** Requests per device ID at once, then one per refillMs: a PROLOG and an INVENTORY per run. */
  rate: { burst: number; refillMs: number };
  now: () => number;
}

/**
 * A request this small (a PROLOG or a CONTACT, a few hundred bytes inflated) is read on this thread:
 * the reader pool's round trip cost more than the read, and queued PROLOGs behind the inventories
 * being parsed (a PROLOG p99 of 600 ms while inventories were posted, in bench:native-agents).
 */
const READ_HERE_BYTES = 4096;

/**
 * The agents' own protocols, one intake: the OCS Inventory protocol (the OCS agents and
 * FusionInventory: a zlib-compressed XML REQUEST whose QUERY is PROLOG, may I send?, or
 * INVENTORY) and the GLPI agent's JSON (CONTACT, full and partial inventories). Authenticated with
 * HTTP Basic (the agent API's client ID and secret) or an OAuth2 access token, checked from the
 * headers before a byte of the body is read.
 */
export function nativeAgentRouter(deps: NativeAgentEndpointDependencies): Router {
  const router = express.Router();
  const perDevice = new RateLimiter(deps.rate, deps.now);
  // Wrong credentials per address: after 10, one try a minute (as the token endpoint).
  const failedLogins = new RateLimiter({ burst: 10, refillMs: 60_000 }, deps.now);

  const intake = async (req: Request, res: Response): Promise<void> => {
    res.locals.route = req.baseUrl || req.path;
    res.setHeader('Cache-Control', 'no-store');
    const client = await authenticate(req, res);
    if (!client) {
      return;
    }
    const bytes = await readAgentBody(req, res, deps.bodyLimitBytes);
    const request = bytes.length <= READ_HERE_BYTES ? readAgentRequest(bytes, deps.bodyLimitBytes) : await deps.readRequest(bytes, deps.bodyLimitBytes);
    if (request.protocol === 'glpi') {
      await glpiRequest(req, res, client, request.reading);
    } else {
      await ocsRequest(req, res, client, request.reading);
    }
  };

  const limit = (caller: NativeAgentCaller) => {
    const limited = perDevice.take(caller.deviceId);
    if (!limited.allowed) {
      throw new DomainError('rate-limited', `device ${caller.deviceId} calls too often: try again in ${limited.retryAfterSeconds} s`, { extra: { retryAfterSeconds: limited.retryAfterSeconds } });
    }
  };

  /** The OCS protocol: PROLOG answered SEND or STOP, INVENTORY stored; the GLPI agent's first PROLOG answered in JSON, which switches it to its own protocol. */
  const ocsRequest = async (req: Request, res: Response, client: AgentApiClient, reading: OcsRequestReading) => {
    if (reading.kind === 'invalid') {
      throw new DomainError('validation', `the agent's request is not an OCS REQUEST: ${reading.reason}`, { fields: [{ field: '(body)', message: reading.reason }] });
    }
    const caller = callerOf(req, reading.deviceId);
    limit(caller);
    if (reading.kind === 'inventory') {
      await deps.agents.inventory(client, caller, reading.document);
      sendXml(res, inventoryReply());
      return;
    }
    if (reading.query.toUpperCase() !== 'PROLOG') {
      throw new DomainError('validation', `QUERY ${reading.query} is not supported: this server takes PROLOG and INVENTORY`, { fields: [{ field: 'QUERY', message: 'must be PROLOG or INVENTORY' }] });
    }
    const answer = await deps.agents.contact(client, caller);
    if (caller.kind === 'glpi') {
      res.status(200).json(okAnswer(answer.everyHours));
      return;
    }
    sendXml(res, prologReply(answer.inventoryDue, answer.everyHours));
  };

  /** The GLPI agent's JSON: CONTACT answered with the tasks taken, an inventory (full or partial) stored; errors in its error shape. */
  const glpiRequest = async (req: Request, res: Response, client: AgentApiClient, reading: GlpiRequestReading) => {
    if (reading.kind === 'invalid') {
      // GLPI answers 501 to an action it does not take, 400 to a body that does not validate.
      res.status(reading.field === 'action' ? 501 : 400).json(errorAnswer(reading.reason, deps.everyHours));
      return;
    }
    const caller = callerOf(req, reading.deviceId);
    limit(caller);
    if (reading.kind === 'contact') {
      res.status(200).json(contactAnswer(reading.enabledTasks, await deps.agents.contact(client, caller)));
      return;
    }
    await deps.agents.inventory(client, caller, reading.document, { partial: reading.partial });
    res.status(200).json(okAnswer(deps.everyHours));
  };

  /** The caller's API client, or undefined once a 401 or 429 has been sent (the body left unread). */
  const authenticate = async (req: Request, res: Response): Promise<AgentApiClient | undefined> => {
    const address = req.ip ?? 'unknown';
    const throttled = failedLogins.peek(address);
    if (throttled) {
      throw new DomainError('rate-limited', `too many wrong credentials from ${address}: try again in ${throttled} s`, { extra: { retryAfterSeconds: throttled } });
    }
    if (bearerToken(req)) {
      try {
        return await deps.bearerClient(req);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'unauthenticated') {
          challenge(res, error.message);
          return undefined;
        }
        throw error;
      }
    }
    const credentials = basicCredentials(req);
    if (!credentials && deps.anonymous) {
      return deps.access.anonymousClient();
    }
    if (!credentials) {
      challenge(res, 'send the agent API client ID and secret with HTTP Basic, or an OAuth2 access token from …/api.php/token');
      return undefined;
    }
    try {
      return await deps.access.authenticateEachRequest(credentials.user, credentials.password);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'unauthenticated') {
        failedLogins.take(address);
        req.log?.info({ clientId: credentials.user }, 'agent refused: invalid client');
        challenge(res, error.message);
        return undefined;
      }
      throw error;
    }
  };

  /**
   * The GLPI agent's `GET ?action=getConfig&task[Collect]=…` for its other tasks (Collect, Deploy,
   * ESX): none is taken here, and an answer without a schedule says so ("No job schedule returned").
   */
  const taskConfig = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.query.action !== 'getConfig') {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    if (await authenticate(req, res)) {
      res.status(200).json({});
    }
  };

  const handle = (req: Request, res: Response, next: NextFunction) => void intake(req, res).catch(next);
  const configure = (req: Request, res: Response, next: NextFunction) => void taskConfig(req, res, next).catch(next);
  // POST / is the GLPI agent pointed at the server itself; GET / stays the web console.
  router.post('/', handle);
  router.get('/', configure);
  for (const path of NATIVE_AGENT_PATHS) {
    router.post([path, `${path}/`], handle);
    router.get([path, `${path}/`], configure);
  }
  return router;
}

/**
 * 401 with the Basic challenge: agents send credentials only once challenged (the OCS agent, for
 * its configured realm). No charset parameter: FusionInventory reads the realm up to the last quote.
 */
function challenge(res: Response, message: string): void {
  res.status(401).setHeader('WWW-Authenticate', `Basic realm="${NATIVE_AGENT_REALM}"`);
  res.type('text/plain').send(`${message}\n`);
}

/** The GLPI agent's own id (`GLPI-Agent-ID`, a UUID it keeps across runs and device ID changes). */
const GLPI_AGENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function callerOf(req: Request, deviceId: string): NativeAgentCaller {
  const agentId = req.headers['glpi-agent-id'];
  const glpiAgentId = typeof agentId === 'string' && GLPI_AGENT_ID.test(agentId.trim()) ? agentId.trim().toLowerCase() : undefined;
  // An agent the User-Agent does not name: the GLPI agent if it sends its id, else an OCS agent of unknown version.
  const agent = nativeAgentOf(req.headers['user-agent']) ?? { kind: glpiAgentId ? ('glpi' as const) : ('ocs' as const), version: 'unknown' };
  if (!deviceId && !glpiAgentId) {
    throw new DomainError('validation', 'the request has no DEVICEID', { fields: [{ field: 'DEVICEID', message: 'is required' }] });
  }
  return { ...agent, deviceId: agent.kind === 'glpi' && glpiAgentId ? glpiAgentId : deviceId, ipAddress: req.ip ?? null };
}

/** Sent as is: express's send() would hash every reply for an ETag, pointless on a no-store answer to a POST. */
function sendXml(res: Response, xml: string): void {
  const reply = packReply(xml);
  res.status(200).setHeader('Content-Type', OCS_REPLY_CONTENT_TYPE);
  res.setHeader('Content-Length', reply.length);
  res.end(reply);
}
