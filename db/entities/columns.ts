import type { ValueTransformer } from 'typeorm';
import { jsonTextOf } from '../../lib/json-text';

/** BIGINT comes back from mysql2 as a string; byte counts fit in a double. */
export const bigintToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/**
 * JSON stored as text (the column is MEDIUMTEXT on MySQL, TEXT on SQLite; see migrations); a
 * document parsed from a sync body is written as the text it came as (contracts/json-text.ts).
 */
export const jsonText: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : jsonTextOf(value)),
  from: (value: string | null) => (value === null || value === undefined ? null : JSON.parse(value)),
};
