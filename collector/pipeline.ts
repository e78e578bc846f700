import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Connection } from '../domain/connection';
import { inventoryDocumentSchema } from '../contracts/inventory-document';
import { describeTruncation } from '../contracts/inventory-limits';
import { elapsedSince, type HostProbeResult, type ProbeContext, type ProbeStep } from './probe';
import { probeCaptureAgent } from './probes/capture-agent.probe';
import type { PingReply, Pinger } from './probes/ping.probe';
import { probeSnmp } from './probes/snmp.probe';

export interface HostProbeOptions {
  connection: Connection;
  pinger: Pinger;
  context: ProbeContext;
  /** A ping answer already known from a batch sweep; undefined pings the host now. */
  pingReply?: PingReply;
  /** The SNMP credential that answered for this host last time. */
  preferredCredential?: number | null;
  captureAgentTimeoutMs?: number;
}

/**
 * Probes one host the way a scan and the Test Connection both do: ping, then SNMP,
 * then the capture agent when SNMP says nothing. Every step says what it learnt or
 * why not, and how long it waited.
 */
export async function probeHost(target: string, options: HostProbeOptions): Promise<HostProbeResult> {
  const { connection, context } = options;
  const steps: ProbeStep[] = [];
  const result: HostProbeResult = { target, address: null, alive: false, rttMs: null, method: null, document: null, snmpCredentialIndex: null, steps };

  const resolved = await resolveTarget(target);
  if (!resolved.address) {
    steps.push({ name: 'ping', status: 'failed', durationMs: resolved.elapsedMs, detail: resolved.detail, reason: 'unreachable' });
    skipRemaining(steps, 'the host name does not resolve');
    return result;
  }
  const address = resolved.address;
  result.address = address;

  const pingStartedAt = performance.now();
  const reply = options.pingReply ?? (await options.pinger.ping([address], { ...connection.ping, signal: context.signal })).get(address);
  const pingMs = options.pingReply ? 0 : elapsedSince(pingStartedAt);
  if (reply?.alive) {
    result.alive = true;
    result.rttMs = reply.rttMs;
    steps.push({ name: 'ping', status: 'ok', durationMs: pingMs, detail: `echo reply in ${reply.rttMs ?? '?'} ms` });
  } else {
    steps.push({ name: 'ping', status: 'failed', durationMs: pingMs, detail: `no echo reply within ${connection.ping.timeoutMs} ms x ${connection.ping.count}`, reason: 'timeout' });
    if (connection.ping.required) {
      skipRemaining(steps, 'the host did not answer ping (ping.required is true)');
      return result;
    }
  }

  if (connection.snmp.enabled) {
    const snmp = await probeSnmp(address, connection.snmp, context, options.preferredCredential);
    if (snmp.kind === 'found') {
      steps.push({ name: 'snmp', status: 'ok', durationMs: snmp.elapsedMs, detail: snmp.detail });
      return accept(result, 'snmp', snmp.value.document, snmp.value.credentialIndex, steps, 'capture-agent', 'SNMP answered');
    }
    steps.push({ name: 'snmp', status: 'failed', durationMs: snmp.elapsedMs, detail: snmp.detail, reason: snmp.reason });
  } else {
    steps.push({ name: 'snmp', status: 'skipped', durationMs: 0, detail: 'SNMP is off for this connection' });
  }

  if (!connection.captureAgent.enabled) {
    steps.push({ name: 'capture-agent', status: 'skipped', durationMs: 0, detail: 'the capture agent is off for this connection' });
    return result;
  }
  const agent = await probeCaptureAgent(address, connection.captureAgent, context, options.captureAgentTimeoutMs);
  if (agent.kind === 'found') {
    steps.push({ name: 'capture-agent', status: 'ok', durationMs: agent.elapsedMs, detail: agent.detail });
    return accept(result, 'capture-agent', { ...agent.value.document, identity: { ...agent.value.document.identity, primaryIp: agent.value.document.identity.primaryIp ?? address } }, null, steps);
  }
  steps.push({ name: 'capture-agent', status: 'failed', durationMs: agent.elapsedMs, detail: agent.detail, reason: agent.reason });
  // An HTTP answer, even a refusal, is contact with a live host.
  if (agent.reason === 'auth-failed' || agent.reason === 'protocol-error') {
    result.alive = true;
  }
  return result;
}

function accept(
  result: HostProbeResult,
  method: 'snmp' | 'capture-agent',
  document: unknown,
  credentialIndex: number | null,
  steps: ProbeStep[],
  skipped?: 'capture-agent',
  why?: string,
): HostProbeResult {
  const parsed = inventoryDocumentSchema.safeParse(document);
  const lastStep = steps[steps.length - 1];
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (lastStep) {
      Object.assign(lastStep, { status: 'failed', reason: 'protocol-error', detail: `${lastStep.detail}; but the inventory is invalid at ${issue?.path.join('.')}: ${issue?.message}` });
    }
    result.alive = true;
    return result;
  }
  const cut = describeTruncation(parsed.data.truncated);
  if (cut && lastStep) {
    // The device is kept whole but for the lists it reported past the limits: the scan result says which.
    lastStep.detail = `${lastStep.detail}; ${cut}`;
  }
  if (skipped) {
    steps.push({ name: skipped, status: 'skipped', durationMs: 0, detail: `not needed: ${why}` });
  }
  return { ...result, alive: true, method, document: parsed.data, snmpCredentialIndex: credentialIndex };
}

function skipRemaining(steps: ProbeStep[], why: string): void {
  for (const name of ['snmp', 'capture-agent'] as const) {
    steps.push({ name, status: 'skipped', durationMs: 0, detail: `skipped: ${why}` });
  }
}

async function resolveTarget(target: string): Promise<{ address: string | null; elapsedMs: number; detail: string }> {
  if (isIP(target)) {
    return { address: target, elapsedMs: 0, detail: '' };
  }
  const startedAt = performance.now();
  try {
    const { address } = await lookup(target);
    return { address, elapsedMs: elapsedSince(startedAt), detail: `${target} is ${address}` };
  } catch (error) {
    return { address: null, elapsedMs: elapsedSince(startedAt), detail: `${target} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
