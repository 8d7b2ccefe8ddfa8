import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string (exact decimals); the plan's values fit a JS number. */
export const NUMERIC_TO_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
