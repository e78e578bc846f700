import { once } from 'node:events';
import type { HostProbeOptions } from '../../collector/pipeline';
import type { HostProbeResult, ProbeStep } from '../../collector/probe';
import { inventoryDocumentSchema, type InventoryDocument } from '../../contracts/inventory-document';

/** What a scripted host answers once it is probed. */
export type HostScript =
  | { answers: 'snmp'; document: InventoryDocument; credentialIndex?: number }
  | { answers: 'capture-agent'; document: InventoryDocument }
  /** Alive or not by its ping, but neither SNMP nor a capture agent answers. */
  | { answers: 'nothing' }
  /** Its probe lasts until the run is cancelled. */
  | { answers: 'hang' }
  /** Its probe lasts until `until` resolves, then it answers nothing (a slow host the spec lets go). */
  | { answers: 'later'; until: Promise<void> };

/**
 * Stands for collector/pipeline.ts `probeHost` (the ScanRunner's `probeHost` dependency):
 * the same order and result shape (ping, then SNMP, then the capture agent; a host that
 * did not answer ping is not probed further when ping is required), with each host's
 * answer scripted instead of read over the network. Hosts not scripted answer nothing.
 */
export class ScriptedHostProbe {
  /** The probes started, in order, with the credential the runner asked to try first. */
  readonly calls: { target: string; preferredCredential: number | null | undefined }[] = [];
  private readonly waiting = new Map<string, () => void>();

  constructor(private readonly scripts: ReadonlyMap<string, HostScript>) {}

  /** The targets probed, in the order the probes started. */
  get probed(): string[] {
    return this.calls.map((call) => call.target);
  }

  /** Resolves once `target`'s probe has started. */
  started(target: string): Promise<void> {
    if (this.probed.includes(target)) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.set(target, resolve));
  }

  readonly probe = async (target: string, options: HostProbeOptions): Promise<HostProbeResult> => {
    this.calls.push({ target, preferredCredential: options.preferredCredential });
    this.waiting.get(target)?.();
    const { connection, context } = options;
    const steps: ProbeStep[] = [];
    const result: HostProbeResult = { target, address: target, alive: false, rttMs: null, method: null, document: null, snmpCredentialIndex: null, steps };

    const reply = options.pingReply ?? (await options.pinger.ping([target], { ...connection.ping, signal: context.signal })).get(target);
    if (reply?.alive) {
      Object.assign(result, { alive: true, rttMs: reply.rttMs });
      steps.push({ name: 'ping', status: 'ok', durationMs: 0, detail: `echo reply in ${reply.rttMs ?? '?'} ms` });
    } else {
      steps.push({ name: 'ping', status: 'failed', durationMs: 0, detail: 'no echo reply', reason: 'timeout' });
      if (connection.ping.required) {
        steps.push({ name: 'snmp', status: 'skipped', durationMs: 0, detail: 'skipped: the host did not answer ping' }, { name: 'capture-agent', status: 'skipped', durationMs: 0, detail: 'skipped: the host did not answer ping' });
        return result;
      }
    }

    const script = this.scripts.get(target) ?? { answers: 'nothing' };
    if (script.answers === 'later') {
      await script.until;
    }
    if (script.answers === 'hang') {
      if (!context.signal.aborted) {
        await once(context.signal, 'abort');
      }
      steps.push({ name: 'snmp', status: 'failed', durationMs: 0, detail: 'cancelled', reason: 'cancelled' }, { name: 'capture-agent', status: 'skipped', durationMs: 0, detail: 'skipped: cancelled' });
      return result;
    }
    if (script.answers === 'snmp' && connection.snmp.enabled) {
      steps.push({ name: 'snmp', status: 'ok', durationMs: 0, detail: 'SNMPv2c credential answered' }, { name: 'capture-agent', status: 'skipped', durationMs: 0, detail: 'not needed: SNMP answered' });
      // The SNMP inventory states the address it read the device at.
      const document = inventoryDocumentSchema.parse({ ...script.document, identity: { ...script.document.identity, primaryIp: target } });
      return { ...result, alive: true, method: 'snmp', document, snmpCredentialIndex: script.credentialIndex ?? 0 };
    }
    steps.push(connection.snmp.enabled ? { name: 'snmp', status: 'failed', durationMs: 0, detail: `UDP ${connection.snmp.port} is closed on ${target}`, reason: 'refused' } : { name: 'snmp', status: 'skipped', durationMs: 0, detail: 'SNMP is off for this connection' });
    if (!connection.captureAgent.enabled) {
      steps.push({ name: 'capture-agent', status: 'skipped', durationMs: 0, detail: 'the capture agent is off for this connection' });
      return result;
    }
    if (script.answers === 'capture-agent') {
      steps.push({ name: 'capture-agent', status: 'ok', durationMs: 0, detail: 'capture agent answered' });
      const document = inventoryDocumentSchema.parse({ ...script.document, identity: { ...script.document.identity, primaryIp: script.document.identity.primaryIp ?? target } });
      return { ...result, alive: true, method: 'capture-agent', document };
    }
    steps.push({ name: 'capture-agent', status: 'failed', durationMs: 0, detail: `connection refused on ${target}:${connection.captureAgent.port}`, reason: 'refused' });
    return result;
  };
}
