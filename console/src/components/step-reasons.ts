import type { ProbeStep } from '../api/types';

/** Why a step failed, in words; a reason the server adds fails the build here until it has its words. */
export const STEP_REASON_LABELS: Record<NonNullable<ProbeStep['reason']>, string> = {
  timeout: 'no answer in time',
  unreachable: 'unreachable',
  refused: 'port closed',
  'auth-failed': 'credentials refused',
  'tls-error': 'TLS error',
  'protocol-error': 'unexpected answer',
  'config-error': 'settings this server cannot use (the host was not asked)',
  cancelled: 'cancelled',
};
