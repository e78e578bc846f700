import type { CaptureAgentSettings } from '../../domain/connection';
import { fetchAgentInventory, type AgentInventory } from '../../capture-agent/client';
import type { ProbeContext, ProbeResult } from '../probe';

/** How long the collector waits for an agent's inventory (a collection can take a few seconds). */
export const CAPTURE_AGENT_TIMEOUT_MS = 15_000;

export function probeCaptureAgent(address: string, settings: CaptureAgentSettings, context: ProbeContext, timeoutMs = CAPTURE_AGENT_TIMEOUT_MS): Promise<ProbeResult<AgentInventory>> {
  return fetchAgentInventory({ host: address, port: settings.port, token: settings.token, tls: settings.tls, ca: settings.caCertificate, timeoutMs, signal: context.signal });
}
