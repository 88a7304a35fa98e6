import { Column } from 'typeorm';
import { wholeNumber } from './whole-number-column';

/** An amount in minor units (cents), as an integer. Exposed, if at all, through a Money getter. */
export function MinorUnitsColumn(options: { nullable?: boolean; default?: number } = {}): PropertyDecorator {
  return Column({ type: 'integer', ...options });
}

/** A sum of amounts in minor units: a bigint, read back as a number. */
export function MinorUnitsSumColumn(): PropertyDecorator {
  return Column({ type: 'bigint', transformer: wholeNumber });
}

/** A lowercase ISO 4217 code. */
export function CurrencyColumn(options: { nullable?: boolean; unique?: boolean } = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 3, ...options });
}
