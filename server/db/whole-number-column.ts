import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL hands bigint columns and SUMs back as strings; amounts are JavaScript numbers here
 * (minor units stay far below 2^53).
 */
export const wholeNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};
