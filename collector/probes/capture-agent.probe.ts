import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import tls from 'node:tls';
import type { CaptureAgentSettings } from '../../domain/connection';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { elapsedSince, type ProbeContext, type ProbeResult, type SilentReason } from '../probe';
import { agentErrorAnswerSchema, CAPTURE_AGENT_PROTOCOL, INVENTORY_PATH, inventoryAnswerSchema } from '../../contracts/capture-agent.protocol';

export interface CaptureAgentRequest {
  host: string;
  port: number;
  token: string | undefined;
  tls: boolean;
  timeoutMs: number;
  signal: AbortSignal;
  /** PEM CA certificates to trust for the agent's TLS certificate (besides the system's). */
  ca?: string;
}

export interface AgentInventory {
  document: InventoryDocument;
  agentVersion: string;
  agentId?: string;
}

/** Largest answer accepted from an agent: an inventory with tens of thousands of packages fits. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/** How long the collector waits for an agent's inventory (a collection can take a few seconds). */
export const CAPTURE_AGENT_TIMEOUT_MS = 15_000;

export function probeCaptureAgent(address: string, settings: CaptureAgentSettings, context: ProbeContext, timeoutMs = CAPTURE_AGENT_TIMEOUT_MS): Promise<ProbeResult<AgentInventory>> {
  return fetchAgentInventory({ host: address, port: settings.port, token: settings.token, tls: settings.tls, ca: settings.caCertificate, timeoutMs, signal: context.signal });
}

/** Fetches a capture agent's inventory; every failure is a silent result saying why. */
export function fetchAgentInventory(options: CaptureAgentRequest): Promise<ProbeResult<AgentInventory>> {
  const startedAt = performance.now();
  const silent = (reason: SilentReason, detail: string): ProbeResult<AgentInventory> => ({ kind: 'silent', reason, detail, elapsedMs: elapsedSince(startedAt) });
  return new Promise((resolve) => {
    const request = (options.tls ? httpsRequest : httpRequest)({
      host: options.host,
      port: options.port,
      path: INVENTORY_PATH,
      method: 'GET',
      headers: { accept: 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      timeout: options.timeoutMs,
      signal: options.signal,
      // Certificates are always verified; a custom CA adds to the system's trust store rather than replacing it.
      ...(options.tls ? { ca: options.ca ? [...tls.rootCertificates, options.ca] : undefined, rejectUnauthorized: true } : {}),
    });
    request.on('timeout', () => {
      request.destroy();
      resolve(silent('timeout', `no answer from ${options.host}:${options.port} within ${options.timeoutMs} ms`));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(silent(...classifyError(error, options))));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          request.destroy();
          resolve(silent('protocol-error', `the agent's answer exceeds ${MAX_ANSWER_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', (error: NodeJS.ErrnoException) => resolve(silent(...classifyError(error, options))));
      response.on('end', () => resolve(interpretAnswer(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), startedAt)));
    });
    request.end();
  });
}

function interpretAnswer(status: number, text: string, startedAt: number): ProbeResult<AgentInventory> {
  const elapsedMs = elapsedSince(startedAt);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'silent', reason: 'protocol-error', elapsedMs, detail: `HTTP ${status} with a body that is not JSON: not a capture agent (${CAPTURE_AGENT_PROTOCOL})?` };
  }
  if (status !== 200) {
    const problem = agentErrorAnswerSchema.safeParse(body);
    const message = problem.success ? `${problem.data.error}: ${problem.data.message}` : `HTTP ${status}`;
    return { kind: 'silent', reason: status === 401 || status === 403 ? 'auth-failed' : 'protocol-error', elapsedMs, detail: `the agent refused: ${message}` };
  }
  const answer = inventoryAnswerSchema.safeParse(body);
  if (!answer.success) {
    const first = answer.error.issues[0];
    return { kind: 'silent', reason: 'protocol-error', elapsedMs, detail: `the agent's inventory is invalid at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'unknown'}` };
  }
  const { inventory, agentVersion, agentId } = answer.data;
  return { kind: 'found', value: { document: inventory, agentVersion, agentId }, elapsedMs, detail: `capture agent ${agentVersion} answered` };
}

function classifyError(error: NodeJS.ErrnoException, options: CaptureAgentRequest): [SilentReason, string] {
  const where = `${options.host}:${options.port}`;
  switch (error.code ?? '') {
    case 'ECONNREFUSED':
      return ['refused', `connection refused on ${where}: no capture agent listening`];
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return ['unreachable', `${where} is unreachable (${error.code})`];
    case 'ABORT_ERR':
      return ['cancelled', 'cancelled'];
    case 'ECONNRESET':
      return ['protocol-error', `${where} closed the connection${options.tls ? ' (is the agent serving TLS?)' : ' (does the agent expect TLS?)'}`];
    default:
      if (error.code?.startsWith('ERR_SSL') || /certificate|self[- ]signed|SSL|TLS/i.test(error.message) || error.code?.includes('CERT')) {
        return ['tls-error', `TLS error with ${where}: ${error.message}`];
      }
      return ['unreachable', `${where}: ${error.message}`];
  }
}
