import type { IdentifiedType } from './types';

/** A MIB subtree whose answering says what the device is (and, for vendor MIBs, who made it). */
export interface SubtreeRule {
  oid: string;
  type: IdentifiedType;
  vendor?: string;
  why: string;
}

/** Subtrees the collector may probe; each names its MIB. */
export const SUBTREE_RULES: readonly SubtreeRule[] = [
  { oid: '1.3.6.1.2.1.33', type: 'PowerDevice', why: 'UPS-MIB (RFC 1628) answers' },
  { oid: '1.3.6.1.4.1.318.1.1.1', type: 'PowerDevice', vendor: 'APC', why: 'PowerNet-MIB ups group answers' },
  { oid: '1.3.6.1.4.1.318.1.1.12', type: 'PowerDevice', vendor: 'APC', why: 'PowerNet-MIB rPDU group answers' },
  { oid: '1.3.6.1.4.1.318.1.1.26', type: 'PowerDevice', vendor: 'APC', why: 'PowerNet-MIB rPDU2 group answers' },
  { oid: '1.3.6.1.4.1.318.1.1.10', type: 'EnvironmentSensor', vendor: 'APC', why: 'PowerNet-MIB environmentalMonitor answers' },
  { oid: '1.3.6.1.4.1.534.1', type: 'PowerDevice', vendor: 'Eaton', why: 'XUPS-MIB answers' },
  { oid: '1.3.6.1.4.1.705.1', type: 'PowerDevice', vendor: 'Eaton', why: 'MG-SNMP-UPS-MIB answers' },
  { oid: '1.3.6.1.4.1.3808.1.1.1', type: 'PowerDevice', vendor: 'CyberPower', why: 'CPS-MIB ups group answers' },
  { oid: '1.3.6.1.4.1.1718.3', type: 'PowerDevice', vendor: 'Server Technology', why: 'Sentry3-MIB answers' },
  { oid: '1.3.6.1.4.1.1718.4', type: 'PowerDevice', vendor: 'Server Technology', why: 'Sentry4-MIB answers' },
  { oid: '1.3.6.1.4.1.13742.6', type: 'PowerDevice', vendor: 'Raritan', why: 'PDU2-MIB answers' },
  { oid: '1.3.6.1.4.1.6574.1', type: 'Storage', vendor: 'Synology', why: 'SYNOLOGY-SYSTEM-MIB answers' },
  { oid: '1.3.6.1.4.1.24681.1', type: 'Storage', vendor: 'QNAP', why: 'QNAP NAS-MIB answers' },
  { oid: '1.3.6.1.4.1.3854.1', type: 'EnvironmentSensor', vendor: 'AKCP', why: 'AKCP SPAGENT-MIB answers' },
  { oid: '1.3.6.1.4.1.368.4', type: 'IpCamera', vendor: 'Axis', why: 'AXIS-VIDEO-MIB answers' },
  // BROTHER-MIB netPeripheral (2435.2.3.9): what Brother printers answer even with no system group read.
  { oid: '1.3.6.1.4.1.2435.2.3.9', type: 'Printer', vendor: 'Brother', why: 'BROTHER-MIB net peripheral group answers' },
  // Hikvision's vendor MIB under its IANA number 39165 (Hikvision Digital Technology): its cameras' device group.
  { oid: '1.3.6.1.4.1.39165.1', type: 'IpCamera', vendor: 'Hikvision', why: "Hikvision's MIB (enterprise 39165) answers" },
];

/** The rules whose subtree contains (or is contained in) one the agent answered under. */
export function answeredSubtreeRules(answered: readonly string[] | undefined): SubtreeRule[] {
  const subtrees = (answered ?? []).map((oid) => oid.trim().replace(/^\./, ''));
  return SUBTREE_RULES.filter((rule) => subtrees.some((oid) => oid === rule.oid || oid.startsWith(`${rule.oid}.`) || rule.oid.startsWith(`${oid}.`)));
}
