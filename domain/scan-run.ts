import type { InventorySource } from '../contracts/inventory-document';

export const SCAN_STATUSES = ['running', 'completed', 'failed', 'cancelled', 'interrupted'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

export interface ScanCounts {
  /** Addresses the run covers (targets minus exclusions). */
  targets: number;
  /** Addresses handled so far, whatever the outcome. */
  processed: number;
  alive: number;
  snmp: number;
  captureAgent: number;
  /** Skipped by the ignore rule. */
  skipped: number;
  unreachable: number;
  errors: number;
}

export function emptyCounts(targets = 0): ScanCounts {
  return { targets, processed: 0, alive: 0, snmp: 0, captureAgent: 0, skipped: 0, unreachable: 0, errors: 0 };
}

export interface ScanRun {
  id: string;
  connectionId: string;
  status: ScanStatus;
  triggeredBy: 'schedule' | 'manual';
  startedAt: Date;
  finishedAt: Date | null;
  heartbeatAt: Date | null;
  counts: ScanCounts;
  error: string | null;
  /** What the reader should know about how the run probes (slower modes, missing tools). */
  notes: string[];
}

export interface ScanStepRecord {
  name: string;
  status: string;
  durationMs: number;
  detail: string;
  reason?: string;
}

export interface ScanResultRecord {
  address: string;
  alive: boolean;
  rttMs: number | null;
  method: Extract<InventorySource, 'snmp' | 'capture-agent'> | null;
  equipmentId: string | null;
  error: string | null;
  steps: ScanStepRecord[];
}

/** A result as stored and read back: its id, when it was recorded, and the name of the equipment it made or matched. */
export type StoredScanResult = ScanResultRecord & {
  id: number;
  createdAt: Date;
  /** The equipment's name as reconciled (null when none, or it was deleted since). */
  equipmentName: string | null;
};

/** Progress as the API shows it: share done and an estimate of the time left. */
export function progressOf(run: ScanRun, now: Date): { percent: number; estimatedRemainingSeconds: number | null } {
  const { targets, processed } = run.counts;
  const percent = targets === 0 ? 100 : Math.min(100, Math.round((processed / targets) * 1000) / 10);
  if (run.status !== 'running' || processed === 0) {
    return { percent, estimatedRemainingSeconds: run.status === 'running' ? null : 0 };
  }
  const elapsedSeconds = (now.getTime() - run.startedAt.getTime()) / 1000;
  return { percent, estimatedRemainingSeconds: Math.round((elapsedSeconds / processed) * (targets - processed)) };
}
