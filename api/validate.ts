import { z } from 'zod';
import { DomainError, type FieldProblem } from '../domain/errors';

/** Turns zod issues into field problems with dotted paths (`snmp.credentials.0.authKey`). */
export function fieldProblems(error: z.ZodError, prefix?: string): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean) as string[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...base, key].join('.'), message: 'is not a known field' }));
    }
    return [{ field: base.join('.') || '(body)', message: issue.message }];
  });
}

/** The DomainError('validation') naming every bad field of `what`. */
export function invalid(what: string, fields: FieldProblem[]): DomainError {
  return new DomainError('validation', `the ${what} is invalid: ${fields.map((field) => `${field.field} ${field.message}`).join('; ')}`, { fields });
}

/** Parses or throws a DomainError('validation') naming every bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what = 'request body', prefix?: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw invalid(what, fieldProblems(result.error, prefix));
  }
  return result.data;
}

