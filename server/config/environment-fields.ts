import { z } from 'zod';

// Field shapes several concerns' environment models share.

export const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

export const optionalUrl = (schemes: string[], expected: string) =>
  z
    .string()
    .refine((value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, expected)
    .optional();

export const atLeastOne = z.coerce.number({ message: 'a whole number, at least 1' }).int('a whole number, at least 1').min(1, 'a whole number, at least 1');

export const percentage = (expected: string) => z.coerce.number({ message: expected }).min(0, expected).max(100, expected);

export const milliseconds = (minimum: number) => z.coerce.number().int().min(minimum, `milliseconds, at least ${minimum}`);
