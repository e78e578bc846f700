import type { ValueTransformer } from 'typeorm';

/** BIGINT comes back from mysql2 as a string; byte counts fit in a double. */
export const bigintToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** JSON stored as text (the column is MEDIUMTEXT on MySQL, TEXT on SQLite; see migrations). */
export const jsonText: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value === null || value === undefined ? null : JSON.parse(value)),
};
