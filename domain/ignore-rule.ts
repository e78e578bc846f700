import type { EquipmentStatus } from './equipment';

export const IGNORE_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;
export type IgnoreUnit = (typeof IGNORE_UNITS)[number];

/** "Ignore machines already inventoried" for `period` `unit`s after their last inventory. */
export interface IgnoreRule {
  period: number;
  unit: IgnoreUnit;
}

const UNIT_MS: Record<Exclude<IgnoreUnit, 'months'>, number> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 7 * 86_400_000,
};

/** The moment an equipment inventoried at `lastInventoryAt` becomes eligible again. */
export function ignoredUntil(lastInventoryAt: Date, rule: IgnoreRule): Date {
  if (rule.unit === 'months') {
    // Calendar months, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
    const until = new Date(lastInventoryAt.getTime());
    const day = until.getUTCDate();
    until.setUTCDate(1);
    until.setUTCMonth(until.getUTCMonth() + rule.period);
    const lastDay = new Date(Date.UTC(until.getUTCFullYear(), until.getUTCMonth() + 1, 0)).getUTCDate();
    until.setUTCDate(Math.min(day, lastDay));
    return until;
  }
  return new Date(lastInventoryAt.getTime() + rule.period * UNIT_MS[rule.unit]);
}

export interface IgnoreState {
  status: EquipmentStatus;
  ignoredUntil: Date | null;
}

/** True while scans must skip the equipment. Ignored with no end date is an operator's indefinite ignore. */
export function isIgnored(state: IgnoreState, now: Date): boolean {
  return state.status === 'Ignored' && (state.ignoredUntil === null || state.ignoredUntil.getTime() > now.getTime());
}

/** The status to show and store at `now`: an Ignored equipment whose period has passed is Active again. */
export function effectiveStatus(state: IgnoreState, now: Date): EquipmentStatus {
  return state.status === 'Ignored' && !isIgnored(state, now) ? 'Active' : state.status;
}

/**
 * Status after a new inventory. Through a connection with a rule: Ignored until the
 * period ends. Without a rule (push agents, connections without one) the state is
 * kept. New equipment starts Active; Retired equipment, and equipment an operator
 * ignored with no end date, keep their state.
 */
export function statusAfterInventory(current: IgnoreState | undefined, rule: IgnoreRule | null, inventoriedAt: Date): IgnoreState {
  if (current?.status === 'Retired' || (current?.status === 'Ignored' && current.ignoredUntil === null)) {
    return { status: current.status, ignoredUntil: null };
  }
  if (rule) {
    return { status: 'Ignored', ignoredUntil: ignoredUntil(inventoriedAt, rule) };
  }
  if (!current) {
    return { status: 'Active', ignoredUntil: null };
  }
  return isIgnored(current, inventoriedAt) ? current : { status: 'Active', ignoredUntil: null };
}
