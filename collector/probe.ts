import type { Logger } from 'pino';
import type { InventoryDocument } from '../contracts/inventory-document';
import type { Semaphore } from '../domain/semaphore';

export type ProbeName = 'ping' | 'snmp' | 'capture-agent';

/**
 * Why a probe learnt nothing. "No answer" is a normal outcome, not an exception. `config-error`:
 * this server could not use the settings (e.g. its crypto library refused an SNMPv3 protocol), so
 * the host was never asked; the fix is in the connection or the server, not the network.
 */
export const SILENT_REASONS = ['timeout', 'unreachable', 'refused', 'auth-failed', 'tls-error', 'protocol-error', 'config-error', 'cancelled'] as const;
export type SilentReason = (typeof SILENT_REASONS)[number];

export type ProbeResult<T> =
  | { kind: 'found'; value: T; elapsedMs: number; detail: string }
  | { kind: 'silent'; reason: SilentReason; elapsedMs: number; detail: string };

export interface ProbeContext {
  signal: AbortSignal;
  logger: Logger;
  /** Slots for SNMP inventory tables, shared by every host a process probes (see ReadOptions in snmp-inventory.ts). */
  tableSlots?: Pick<Semaphore, 'acquire' | 'release'>;
}

/** One step of probing a host, as a scan result and the Test Connection answer show it. */
export interface ProbeStep {
  name: ProbeName;
  status: 'ok' | 'failed' | 'skipped';
  durationMs: number;
  detail: string;
  reason?: SilentReason;
}

/** What probing one host found. */
export interface HostProbeResult {
  target: string;
  address: string | null;
  /** Evidence of life: a ping reply, a valid SNMP answer or an HTTP answer from the agent. */
  alive: boolean;
  rttMs: number | null;
  method: 'snmp' | 'capture-agent' | null;
  document: InventoryDocument | null;
  /** Index of the SNMP credential that answered, to try it first next time. */
  snmpCredentialIndex: number | null;
  steps: ProbeStep[];
}

export function elapsedSince(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
