import { z } from 'zod';

/**
 * Characters no name or identifier should hold: C0 and C1 controls (NUL included) and the
 * Unicode bidirectional overrides and isolates, which make a name display as another
 * (CVE-2021-42574, "Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** A string without control characters or bidi overrides, for names and identifiers. */
export function plainText(): z.ZodString {
  return z.string().refine((text) => !UNSAFE_CHARACTERS.test(text), 'must not contain control characters or bidirectional overrides');
}
