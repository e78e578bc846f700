import type { ProbeStep, ScanResult } from '../api/types';

/**
 * What a host answered, for the range grid and the results table alike. A host that answers
 * ping but has no SNMP or capture agent is an outcome, not a fault (most of a LAN is printers'
 * neighbours and workstations without SNMP): only refused credentials, a TLS or protocol error,
 * settings the server cannot use, or an inventory the server refused are errors.
 */
export type HostOutcome = 'snmp' | 'capture-agent' | 'no-snmp' | 'failed' | 'silent';

/** The reasons that only say "nothing answers there". */
const NEUTRAL_REASONS = new Set<ProbeStep['reason']>(['timeout', 'unreachable', 'refused', 'cancelled']);

export function isFaultyStep(step: ProbeStep): boolean {
  return step.status === 'failed' && !NEUTRAL_REASONS.has(step.reason);
}

export function hostOutcome(result: ScanResult): HostOutcome {
  if (result.method === 'snmp' || result.method === 'capture-agent') {
    return result.method;
  }
  const stepsExplainTheError = result.steps.some((step) => step.status === 'failed');
  if (result.steps.some(isFaultyStep) || (result.error && !stepsExplainTheError) || result.error?.startsWith('inventory refused')) {
    return 'failed';
  }
  return result.alive ? 'no-snmp' : 'silent';
}

/** Each outcome's words and colour (the colours at least 3:1 against white, as a graphic needs). */
export const HOST_OUTCOMES: readonly { key: HostOutcome; label: string; color: string; badge: string }[] = [
  { key: 'snmp', label: 'SNMP', color: '#2b8a3e', badge: 'green' },
  { key: 'capture-agent', label: 'capture agent', color: '#364fc7', badge: 'indigo' },
  { key: 'no-snmp', label: 'no SNMP (ping only)', color: '#868e96', badge: 'gray' },
  { key: 'failed', label: 'error', color: '#c92a2a', badge: 'red' },
  { key: 'silent', label: 'no answer', color: '#dee2e6', badge: 'gray' },
];
