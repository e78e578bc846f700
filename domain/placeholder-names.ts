// Interim: replaced by the sourced tables of the normalisation work.
const PLACEHOLDER_HOSTNAMES = new Set(['localhost', 'localhost.localdomain', '<private>', '(none)', 'unknown']);

export function isPlaceholderHostname(name: string): boolean {
  return PLACEHOLDER_HOSTNAMES.has(name.trim().toLowerCase());
}

export function normalizeDomain(raw: string | undefined): string {
  const domain = raw?.trim().toLowerCase() ?? '';
  return domain === 'workgroup' || domain === '(none)' ? '' : domain;
}
