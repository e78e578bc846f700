import type { SnmpCredential, SnmpSettings } from '../../domain/connection';
import { elapsedSince, type ProbeContext, type ProbeResult, type SilentReason } from '../probe';
import { readDevice, type DeviceReading } from '../snmp/snmp-inventory';
import { SnmpFailure } from '../snmp/snmp-reader';
import { SnmpSession } from '../snmp/snmp-session';

export interface SnmpFinding extends DeviceReading {
  credentialIndex: number;
}

/**
 * Silent reasons from most to least telling, to report when every credential failed. A credential
 * this server cannot use comes first: it is never tried, whatever the host would answer.
 */
const REASON_PRIORITY: readonly SilentReason[] = ['config-error', 'auth-failed', 'protocol-error', 'timeout', 'unreachable', 'refused', 'cancelled'];

/**
 * Tries the connection's SNMP credentials in order (the one that worked last time
 * first) and reads the device's inventory with the first that answers. A closed port
 * (ICMP port-unreachable to the first request) ends the probe at once: no credential can help.
 */
export async function probeSnmp(address: string, settings: SnmpSettings, context: ProbeContext, preferredIndex?: number | null): Promise<ProbeResult<SnmpFinding>> {
  const startedAt = performance.now();
  const failures: { reason: SilentReason; detail: string }[] = [];
  for (const index of credentialOrder(settings.credentials.length, preferredIndex)) {
    if (context.signal.aborted) {
      return { kind: 'silent', reason: 'cancelled', elapsedMs: elapsedSince(startedAt), detail: 'cancelled' };
    }
    const credential = settings.credentials[index] as SnmpCredential;
    const session = new SnmpSession({ address, port: settings.port, timeoutMs: settings.timeoutMs, retries: settings.retries, credential, budgetMs: hostBudgetMs(settings) });
    const closeOnAbort = () => session.close();
    context.signal.addEventListener('abort', closeOnAbort, { once: true });
    try {
      const reading = await readDevice(session, address);
      const { system, identification, notes } = reading;
      return {
        kind: 'found',
        value: { ...reading, credentialIndex: index },
        elapsedMs: elapsedSince(startedAt),
        detail: [
          `${describe(credential, index)} answered: ${system.sysName ?? '(no sysName)'}, ${identification.type} (${identification.why[0] ?? 'no evidence'})`,
          truncate(system.sysDescr ?? '', 120),
          ...notes,
        ].join('; '),
      };
    } catch (error) {
      if (!(error instanceof SnmpFailure)) {
        throw error;
      }
      if (error.reason === 'refused') {
        return { kind: 'silent', reason: 'refused', elapsedMs: elapsedSince(startedAt), detail: error.message };
      }
      failures.push({ reason: context.signal.aborted ? 'cancelled' : error.reason, detail: `${describe(credential, index)}: ${error.message}` });
      context.logger.debug({ address, credential: index, reason: error.reason }, 'SNMP credential failed');
    } finally {
      context.signal.removeEventListener('abort', closeOnAbort);
      session.close();
    }
  }
  const reason = REASON_PRIORITY.find((candidate) => failures.some((failure) => failure.reason === candidate)) ?? 'timeout';
  return { kind: 'silent', reason, elapsedMs: elapsedSince(startedAt), detail: failures.map((failure) => failure.detail).join('; ') };
}

/**
 * How long reading one host may take with one credential: four times what a silent host costs
 * (timeout x attempts), and at least 20 s. A slow agent is read until then, the rest skipped and noted.
 */
export function hostBudgetMs(settings: Pick<SnmpSettings, 'timeoutMs' | 'retries'>): number {
  return Math.max(20_000, settings.timeoutMs * (settings.retries + 1) * 4);
}

function credentialOrder(count: number, preferredIndex: number | null | undefined): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  if (preferredIndex !== null && preferredIndex !== undefined && preferredIndex < count) {
    order.splice(order.indexOf(preferredIndex), 1);
    order.unshift(preferredIndex);
  }
  return order;
}

/** Names a credential without its secret: "SNMPv2c credential 1". */
function describe(credential: SnmpCredential, index: number): string {
  return credential.version === '3' ? `SNMPv3 user "${credential.username}" (${credential.level})` : `SNMPv${credential.version} credential ${index + 1}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
