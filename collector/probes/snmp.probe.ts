import type { SnmpCredential, SnmpSettings } from '../../domain/connection';
import { elapsedSince, type ProbeContext, type ProbeResult, type SilentReason } from '../probe';
import { askSysObjectId, readDevice, type DeviceReading } from '../snmp/snmp-inventory';
import { SnmpFailure, type SnmpValue } from '../snmp/snmp-reader';
import { SnmpSession } from '../snmp/snmp-session';

export interface SnmpFinding extends DeviceReading {
  credentialIndex: number;
}

/**
 * Silent reasons from most to least telling, to report when every credential failed. A credential
 * this server cannot use comes first: it is never tried, whatever the host would answer.
 */
const REASON_PRIORITY: readonly SilentReason[] = ['config-error', 'auth-failed', 'protocol-error', 'timeout', 'unreachable', 'refused', 'cancelled'];

/** Credentials asked at once: a wrong community costs its timeout once, not once per credential; an agent sees at most this many requests from us at a time. */
const CREDENTIALS_AT_ONCE = 4;

interface Answer {
  index: number;
  session: SnmpSession;
  values: Map<string, SnmpValue>;
}

/**
 * Asks sysObjectID with the connection's SNMP credentials, a few at once (the one that worked
 * last time first), and reads the device with the first that answers. A wrong community is not
 * answered at all (RFC 3584), so asking them one after another made a host that answers none of
 * them cost timeout x attempts x credentials. A closed port (ICMP port-unreachable to the first
 * request) ends the probe at once: no credential can help.
 */
export async function probeSnmp(address: string, settings: SnmpSettings, context: ProbeContext, preferredIndex?: number | null): Promise<ProbeResult<SnmpFinding>> {
  const startedAt = performance.now();
  const failures: { reason: SilentReason; detail: string }[] = [];
  const order = credentialOrder(settings.credentials.length, preferredIndex);
  for (let first = 0; first < order.length; first += CREDENTIALS_AT_ONCE) {
    if (context.signal.aborted) {
      return { kind: 'silent', reason: 'cancelled', elapsedMs: elapsedSince(startedAt), detail: 'cancelled' };
    }
    const sessions = order.slice(first, first + CREDENTIALS_AT_ONCE).map((index) => ({ index, session: new SnmpSession({ address, port: settings.port, timeoutMs: settings.timeoutMs, retries: settings.retries, credential: settings.credentials[index] as SnmpCredential, budgetMs: hostBudgetMs(settings) }) }));
    const closeAll = () => sessions.forEach(({ session }) => session.close());
    context.signal.addEventListener('abort', closeAll, { once: true });
    try {
      const answer = await firstToAnswer(sessions, settings, context, failures);
      if (answer && 'refused' in answer) {
        return { kind: 'silent', reason: 'refused', elapsedMs: elapsedSince(startedAt), detail: answer.refused };
      }
      if (!answer) {
        continue;
      }
      sessions.filter(({ session }) => session !== answer.session).forEach(({ session }) => session.close());
      const found = await readWith(answer, address, settings, context, failures);
      if (found) {
        return { ...found, elapsedMs: elapsedSince(startedAt) };
      }
    } finally {
      context.signal.removeEventListener('abort', closeAll);
      closeAll();
    }
  }
  const reason = REASON_PRIORITY.find((candidate) => failures.some((failure) => failure.reason === candidate)) ?? 'timeout';
  return { kind: 'silent', reason, elapsedMs: elapsedSince(startedAt), detail: failures.map((failure) => failure.detail).join('; ') };
}

/** The first session whose sysObjectID request is answered; `refused` (why) when the port is closed; undefined when none answered. */
async function firstToAnswer(sessions: { index: number; session: SnmpSession }[], settings: SnmpSettings, context: ProbeContext, failures: { reason: SilentReason; detail: string }[]): Promise<Answer | { refused: string } | undefined> {
  return new Promise((resolve, reject) => {
    let pending = sessions.length;
    let settled = false;
    for (const { index, session } of sessions) {
      askSysObjectId(session).then(
        (values) => {
          if (!settled) {
            settled = true;
            resolve({ index, session, values });
          }
        },
        (error: unknown) => {
          if (!(error instanceof SnmpFailure)) {
            settled = true;
            reject(error);
            return;
          }
          if (!settled) {
            failures.push({ reason: context.signal.aborted ? 'cancelled' : error.reason, detail: `${describe(settings.credentials[index] as SnmpCredential, index)}: ${error.message}` });
            context.logger.debug({ credential: index, reason: error.reason }, 'SNMP credential failed');
            if (error.reason === 'refused') {
              settled = true;
              resolve({ refused: error.message });
              return;
            }
          }
          pending -= 1;
          if (pending === 0 && !settled) {
            resolve(undefined);
          }
        },
      );
    }
  });
}

/** Reads the device with the credential that answered; undefined (the failure recorded) when the read fails after all. */
async function readWith(answer: Answer, address: string, settings: SnmpSettings, context: ProbeContext, failures: { reason: SilentReason; detail: string }[]): Promise<Omit<Extract<ProbeResult<SnmpFinding>, { kind: 'found' }>, 'elapsedMs'> | undefined> {
  const credential = settings.credentials[answer.index] as SnmpCredential;
  try {
    const reading = await readDevice(answer.session, address, answer.values, { tableSlots: context.tableSlots });
    const { system, identification, notes } = reading;
    return {
      kind: 'found',
      value: { ...reading, credentialIndex: answer.index },
      detail: [
        `${describe(credential, answer.index)} answered: ${system.sysName ?? '(no sysName)'}, ${identification.type} (${identification.why[0] ?? 'no evidence'})`,
        truncate(system.sysDescr ?? '', 120),
        ...notes,
      ].join('; '),
    };
  } catch (error) {
    if (!(error instanceof SnmpFailure)) {
      throw error;
    }
    failures.push({ reason: context.signal.aborted ? 'cancelled' : error.reason, detail: `${describe(credential, answer.index)}: ${error.message}` });
    return undefined;
  }
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
