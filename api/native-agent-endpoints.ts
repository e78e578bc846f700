import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { AgentApiClient } from '../domain/agent-access';
import type { AgentAccessService } from '../domain/agent-access.service';
import { nativeAgentOf } from '../domain/agent-kind';
import { DomainError } from '../domain/errors';
import type { NativeAgentCaller, NativeAgentService } from '../domain/native-agent.service';
import { RateLimiter } from '../lib/rate-limiter';
import { readOcsRequest, type OcsRequestReading } from '../ocs-import/read-inventory';
import { basicCredentials } from './basic-credentials';
import { readAgentBody } from './native-agents/agent-body';
import { inventoryReply, OCS_REPLY_CONTENT_TYPE, packReply, prologReply } from './native-agents/ocs-replies';

/**
 * Where the agents are pointed: OCS Inventory's `--server http://host/ocsinventory`, FusionInventory's
 * `/plugins/fusioninventory/`, the GLPI agent's plugin, marketplace and GLPI 10 paths, and `/`.
 */
export const NATIVE_AGENT_PATHS = ['/ocsinventory', '/plugins/fusioninventory', '/plugins/glpiinventory', '/marketplace/glpiinventory', '/front/inventory.php'] as const;

/** The realm agents are given (`--realm inventory`): the OCS agent sends credentials only for the realm it was told. */
export const NATIVE_AGENT_REALM = 'inventory';

export interface NativeAgentEndpointDependencies {
  access: Pick<AgentAccessService, 'authenticateEachRequest'>;
  agents: NativeAgentService;
  /** readOcsRequest (ocs-import/read-inventory.ts), in the OCS reader pool or inline. */
  readRequest: (bytes: Buffer, maxBytes: number) => Promise<OcsRequestReading>;
  /** Largest body on the wire and after inflation (INVENTORY_AGENT_BODY_LIMIT). */
  bodyLimitBytes: number;
  /** Requests per device ID at once, then one per refillMs: a PROLOG and an INVENTORY per run. */
  rate: { burst: number; refillMs: number };
  now: () => number;
}

/**
 * A request this small (a PROLOG, ~130 bytes inflated) is read on this thread: the reader pool's round
 * trip cost more than the read, and queued PROLOGs behind the inventories being parsed (a PROLOG p99
 * of 600 ms while inventories were posted, in bench:native-agents).
 */
const READ_HERE_BYTES = 4096;

/**
 * The OCS Inventory protocol, which the OCS agents and FusionInventory speak: a zlib-compressed
 * XML REQUEST whose QUERY is PROLOG (may I send?) or INVENTORY, authenticated with HTTP Basic
 * (the agent API's client ID and secret), checked from the headers before a byte of the body is read.
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
    const reading = bytes.length <= READ_HERE_BYTES ? readOcsRequest(bytes, deps.bodyLimitBytes) : await deps.readRequest(bytes, deps.bodyLimitBytes);
    if (reading.kind === 'invalid') {
      throw new DomainError('validation', `the agent's request is not an OCS REQUEST: ${reading.reason}`, { fields: [{ field: '(body)', message: reading.reason }] });
    }
    const caller = callerOf(req, reading.deviceId);
    const limited = perDevice.take(caller.deviceId);
    if (!limited.allowed) {
      throw new DomainError('rate-limited', `device ${caller.deviceId} calls too often: try again in ${limited.retryAfterSeconds} s`, { extra: { retryAfterSeconds: limited.retryAfterSeconds } });
    }
    if (reading.kind === 'inventory') {
      await deps.agents.inventory(client, caller, reading.document);
      sendXml(res, inventoryReply());
      return;
    }
    if (reading.query.toUpperCase() !== 'PROLOG') {
      throw new DomainError('validation', `QUERY ${reading.query} is not supported: this server takes PROLOG and INVENTORY`, { fields: [{ field: 'QUERY', message: 'must be PROLOG or INVENTORY' }] });
    }
    const answer = await deps.agents.contact(client, caller);
    sendXml(res, prologReply(answer.inventoryDue, answer.everyHours));
  };

  /** The caller's API client, or undefined once a 401 or 429 has been sent (the body left unread). */
  const authenticate = async (req: Request, res: Response): Promise<AgentApiClient | undefined> => {
    const address = req.ip ?? 'unknown';
    const throttled = failedLogins.peek(address);
    if (throttled) {
      throw new DomainError('rate-limited', `too many wrong credentials from ${address}: try again in ${throttled} s`, { extra: { retryAfterSeconds: throttled } });
    }
    const credentials = basicCredentials(req);
    if (!credentials) {
      challenge(res, 'send the agent API client ID and secret with HTTP Basic');
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

  const handle = (req: Request, res: Response, next: NextFunction) => void intake(req, res).catch(next);
  for (const path of NATIVE_AGENT_PATHS) {
    router.post([path, `${path}/`], handle);
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

function callerOf(req: Request, deviceId: string): NativeAgentCaller {
  // An agent not recognised by its User-Agent speaking the OCS protocol is taken for an OCS agent of unknown version.
  const agent = nativeAgentOf(req.headers['user-agent']) ?? { kind: 'ocs' as const, version: 'unknown' };
  if (!deviceId) {
    throw new DomainError('validation', 'the request has no DEVICEID', { fields: [{ field: 'DEVICEID', message: 'is required' }] });
  }
  return { ...agent, deviceId, ipAddress: req.ip ?? null };
}

/** Sent as is: express's send() would hash every reply for an ETag, pointless on a no-store answer to a POST. */
function sendXml(res: Response, xml: string): void {
  const reply = packReply(xml);
  res.status(200).setHeader('Content-Type', OCS_REPLY_CONTENT_TYPE);
  res.setHeader('Content-Length', reply.length);
  res.end(reply);
}
