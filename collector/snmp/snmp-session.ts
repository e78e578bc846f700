import snmp from 'net-snmp';
import type { SnmpCredential } from '../../domain/connection';
import { AgentPacer, BudgetSpent } from './agent-pacer';
import { connectedDgramModule } from './connected-udp';
import { isLocalCryptoError } from './crypto-errors';
import { useDesWithoutLegacyProvider } from './des-privacy';
import { compareOids, MAX_ROWS_PER_COLUMN, SnmpFailure, type SnmpReader, type SnmpValue, type WalkOptions } from './snmp-reader';

export interface SnmpTarget {
  address: string;
  port: number;
  timeoutMs: number;
  retries: number;
  credential: SnmpCredential;
  /** Wall time all requests to this host may take together (see AgentPacer); default: no limit but the timeouts. */
  budgetMs?: number;
}

/** The part of net-snmp's Session its typings leave out: each request copies `timeout` when it is made. */
interface PacedSession {
  timeout: number;
}

/**
 * The live {@link SnmpReader}: a promise-based session over net-snmp for one host and one credential.
 * v2c and v3 walk with GETBULK; v1 with GETNEXT. A v3 credential is never tried as v2c.
 * One request at a time is what callers are expected to send; each one's timeout comes from the
 * {@link AgentPacer}, which learns the agent's speed, and the host's budget bounds them all.
 */
export class SnmpSession implements SnmpReader {
  private readonly session: snmp.Session;
  private readonly pacer: AgentPacer;

  constructor(private readonly target: SnmpTarget) {
    this.pacer = new AgentPacer({ timeoutMs: target.timeoutMs, budgetMs: target.budgetMs ?? Number.POSITIVE_INFINITY });
    const options = {
      port: target.port,
      timeout: target.timeoutMs,
      retries: target.retries,
      transport: target.address.includes(':') ? ('udp6' as const) : ('udp4' as const),
      idBitsSize: 32 as const,
      // The first request, on a connected socket, is also the closed-port check: ICMP port-unreachable
      // fails the pending requests at once (net-snmp itself ignores socket errors until the timeout).
      dgramModule: connectedDgramModule(target.address, target.port, (error) => this.session.cancelRequests(error)),
    };
    const { credential } = target;
    if (credential.version === '3') {
      this.session = snmp.createV3Session(target.address, toNetSnmpUser(credential), { ...options, version: snmp.Version3 });
    } else {
      this.session = snmp.createSession(target.address, credential.community, { ...options, version: credential.version === '1' ? snmp.Version1 : snmp.Version2c });
    }
    // A socket error must not crash the process; requests fail on their own.
    this.session.on('error', () => undefined);
  }

  msPerVarbind(): number | undefined {
    return this.pacer.msPerVarbind;
  }

  get version(): SnmpCredential['version'] {
    return this.target.credential.version;
  }

  /** GET of scalar OIDs; absent objects are left out of the answer. */
  get(oids: readonly string[]): Promise<Map<string, SnmpValue>> {
    return new Promise((resolve, reject) => {
      const answered = this.paced(oids.length, reject);
      if (!answered) {
        return;
      }
      this.session.get([...oids], (error, varbinds) => {
        answered(error);
        if (error) {
          // v1 fails the whole request for one missing OID: read them one by one.
          if (this.version === '1' && (error as Error).name === 'RequestFailedError' && oids.length > 1) {
            this.getOneByOne(oids).then(resolve, reject);
            return;
          }
          reject(translateError(error, this.target));
          return;
        }
        resolve(toValueMap(varbinds ?? []));
      });
    });
  }

  private async getOneByOne(oids: readonly string[]): Promise<Map<string, SnmpValue>> {
    const values = new Map<string, SnmpValue>();
    for (const oid of oids) {
      try {
        for (const [key, value] of await this.get([oid])) {
          values.set(key, value);
        }
      } catch (error) {
        if (!(error instanceof SnmpFailure && error.reason === 'protocol-error')) {
          throw error;
        }
      }
    }
    return values;
  }

  /** Every value under `column`, keyed by the index after the column OID. */
  async walk(column: string): Promise<Map<string, SnmpValue>> {
    return (await this.walkColumns([column])).get(column) ?? new Map();
  }

  /**
   * Walks several columns together, one GETBULK carrying a cursor per column (as
   * snmptable does), so a table costs a few requests, not a few per column: that is
   * what a slow agent charges for. v1 walks column by column with GETNEXT.
   * Written on GETBULK/GETNEXT directly: net-snmp's subtree() throws inside its
   * callback, and never finishes, when the first answer is endOfMibView.
   */
  async walkColumns(columns: readonly string[], options: WalkOptions = {}): Promise<Map<string, Map<string, SnmpValue>>> {
    const maxRows = Math.min(options.maxRows ?? MAX_ROWS_PER_COLUMN, MAX_ROWS_PER_COLUMN);
    const rows = new Map(columns.map((column) => [column, new Map<string, SnmpValue>()]));
    if (this.version === '1' && columns.length > 1) {
      for (const column of columns) {
        rows.set(column, (await this.walkColumns([column], options)).get(column) ?? new Map<string, SnmpValue>());
      }
      return rows;
    }
    const cursors = new Map(columns.map((column) => [column, column]));
    while (cursors.size > 0) {
      const walking = [...cursors.keys()];
      let answers: snmp.Varbind[][];
      try {
        // Fewer repetitions per column when several share one answer keeps it under common size limits.
        const preferred = Math.min(maxRows, Math.max(5, Math.floor(50 / walking.length)));
        answers = await this.next(walking.map((column) => cursors.get(column) as string), this.pacer.repetitionsFor(walking.length, preferred));
      } catch (error) {
        const endOfV1Mib = error instanceof SnmpFailure && error.reason === 'protocol-error' && this.version === '1';
        if (endOfV1Mib || [...rows.values()].some((column) => column.size > 0)) {
          break; // v1 says noSuchName at the end of the MIB; a failure after some rows keeps them.
        }
        throw error;
      }
      let progressed = false;
      walking.forEach((column, index) => {
        const before = cursors.get(column) as string;
        const cursor = this.advance(column, before, answers[index] ?? [], rows.get(column) as Map<string, SnmpValue>, maxRows);
        if (cursor === undefined) {
          cursors.delete(column);
          progressed = true;
        } else if (cursor !== before) {
          cursors.set(column, cursor);
          progressed = true;
        }
      });
      if (!progressed) {
        break; // an agent that answers but moves no column forward: stop rather than loop
      }
    }
    return rows;
  }

  /**
   * Stores the answer's rows of one column; the next cursor, the same cursor when the answer held
   * nothing for it (an agent may return fewer varbinds than asked, RFC 3416 4.2.3: ask again), or
   * undefined when the column is done.
   */
  private advance(column: string, cursor: string, varbinds: snmp.Varbind[], rows: Map<string, SnmpValue>, maxRows: number): string | undefined {
    if (varbinds.length === 0) {
      return cursor;
    }
    const prefix = `${column}.`;
    let last: string | undefined;
    for (const varbind of varbinds) {
      if (snmp.isVarbindError(varbind) || !varbind.oid.startsWith(prefix) || rows.size >= maxRows) {
        return undefined;
      }
      rows.set(varbind.oid.slice(prefix.length), { oid: varbind.oid, value: normalizeValue(varbind.value), type: varbind.type ?? 0 });
      last = varbind.oid;
    }
    // An agent that does not move forward: stop rather than loop.
    if (!last || compareOids(last, cursor) <= 0 || rows.size >= maxRows) {
      return undefined;
    }
    return last;
  }

  /** One GETBULK (v2c/v3) or GETNEXT (v1) step: the answer's varbinds, per requested OID. */
  private next(oids: readonly string[], maxRepetitions: number): Promise<snmp.Varbind[][]> {
    return new Promise((resolve, reject) => {
      const varbindCount = this.version === '1' ? oids.length : oids.length * maxRepetitions;
      const answered = this.paced(varbindCount, reject);
      if (!answered) {
        return;
      }
      if (this.version === '1') {
        this.session.getNext([...oids], (error, varbinds) => {
          answered(error);
          return error ? reject(translateError(error, this.target)) : resolve((varbinds ?? []).map((varbind) => [varbind]));
        });
        return;
      }
      this.session.getBulk([...oids], 0, maxRepetitions, (error, varbinds) => {
        answered(error);
        if (error) {
          reject(translateError(error, this.target));
          return;
        }
        // With no non-repeaters, net-snmp answers one array of repetitions per requested OID.
        resolve(((varbinds ?? []) as unknown[]).map((repetitions) => (Array.isArray(repetitions) ? (repetitions as snmp.Varbind[]) : [])));
      });
    });
  }

  /**
   * Sets the next request's timeout from the pacer and returns what to call with its outcome (an
   * answer teaches the pacer the agent's speed); undefined, with `reject` called, when the host's
   * budget cannot pay for the request.
   */
  private paced(varbinds: number, reject: (error: SnmpFailure) => void): ((error: Error | null) => void) | undefined {
    let timeoutMs: number;
    try {
      timeoutMs = this.pacer.timeoutFor(varbinds);
      // The typings leave `timeout` out, but each request copies it when made (net-snmp's Req).
      (this.session as unknown as PacedSession).timeout = timeoutMs;
    } catch (error) {
      if (error instanceof BudgetSpent) {
        reject(new SnmpFailure('timeout', `${this.target.address}: ${error.message}`, { cause: error }));
        return undefined;
      }
      throw error;
    }
    const sentAt = performance.now();
    return (error) => {
      const elapsedMs = performance.now() - sentAt;
      // Karn's rule: an answer that came after a retry cannot say which send it answers.
      if (!error && elapsedMs < timeoutMs) {
        this.pacer.record(elapsedMs, varbinds);
      }
    };
  }

  close(): void {
    try {
      this.session.close();
    } catch {
      // Already closed.
    }
  }
}

function toNetSnmpUser(credential: Extract<SnmpCredential, { version: '3' }>): snmp.User {
  if (credential.privProtocol === 'des') {
    useDesWithoutLegacyProvider(); // net-snmp's own DES needs OpenSSL's legacy provider
  }
  return {
    name: credential.username,
    level: snmp.SecurityLevel[credential.level],
    ...(credential.authProtocol ? { authProtocol: snmp.AuthProtocols[credential.authProtocol], authKey: credential.authKey } : {}),
    ...(credential.privProtocol ? { privProtocol: snmp.PrivProtocols[credential.privProtocol], privKey: credential.privKey } : {}),
  };
}

function toValueMap(varbinds: snmp.Varbind[]): Map<string, SnmpValue> {
  const values = new Map<string, SnmpValue>();
  for (const varbind of varbinds) {
    if (!snmp.isVarbindError(varbind)) {
      values.set(varbind.oid, { oid: varbind.oid, value: normalizeValue(varbind.value), type: varbind.type ?? 0 });
    }
  }
  return values;
}

function normalizeValue(value: unknown): SnmpValue['value'] {
  if (Buffer.isBuffer(value) || typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    return value;
  }
  return value === null || value === undefined ? null : String(value);
}

function translateError(error: Error, target: SnmpTarget): SnmpFailure {
  const where = `${target.address}:${target.port}`;
  if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') {
    return new SnmpFailure('refused', `UDP ${target.port} is closed on ${target.address} (ICMP port unreachable): no SNMP agent`, { cause: error });
  }
  if (error.name === 'RequestTimedOutError') {
    return new SnmpFailure('timeout', `no SNMP answer from ${where} after ${target.timeoutMs} ms x ${target.retries + 1} (${silenceCauses(target.credential)})`, { cause: error });
  }
  if (error.name === 'ResponseInvalidError') {
    const code = (error as Error & { code?: number }).code;
    if (code === snmp.ResponseInvalidCode.EAuthFailure || code === snmp.ResponseInvalidCode.ECouldNotDecrypt || code === snmp.ResponseInvalidCode.EUnexpectedReport) {
      return new SnmpFailure('auth-failed', `SNMPv3 authentication or privacy failure at ${where}: ${error.message}`, { cause: error });
    }
    return new SnmpFailure('protocol-error', `invalid SNMP answer from ${where}: ${error.message}`, { cause: error });
  }
  if (error.name === 'RequestFailedError') {
    return new SnmpFailure('protocol-error', `${where} refused the request: ${error.message}`, { cause: error });
  }
  if (isLocalCryptoError(error)) {
    // Not the network: the request never left, and every host would fail the same way.
    return new SnmpFailure('config-error', `this server's crypto library cannot use SNMPv3 ${protocolsOf(target.credential)}, so nothing was sent to ${where}: ${error.message}`, { cause: error });
  }
  return new SnmpFailure('unreachable', `${where}: ${error.message}`, { cause: error });
}

/** What an agent's silence may mean for this credential. */
function silenceCauses(credential: SnmpCredential): string {
  if (credential.version !== '3') {
    return `SNMPv${credential.version} community: no agent, filtered, or wrong community`;
  }
  // RFC 3414 agents report a wrong digest, but drop a message they cannot decrypt (Debian's snmpd does).
  const privacy = credential.level === 'authPriv' ? ', or a wrong privacy key' : '';
  return `SNMPv3 user "${credential.username}": no agent, filtered${privacy}`;
}

/** "md5/des": the v3 protocols a credential asks this process's crypto library for. */
function protocolsOf(credential: SnmpCredential): string {
  return credential.version === '3' ? [credential.authProtocol, credential.privProtocol].filter(Boolean).join('/') || 'none' : 'none';
}
