import { Length, Matches } from 'class-validator';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from './money-limits';

/** `@IsIdempotencyKey()`: 1 to 255 printable ASCII characters without spaces, as Stripe accepts. */
export function IsIdempotencyKey(): PropertyDecorator {
  return (target, property) => {
    Length(1, MAX_IDEMPOTENCY_KEY_LENGTH, { message: `idempotencyKey must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters` })(target, property as string);
    Matches(/^[\x21-\x7e]+$/, { message: 'idempotencyKey must be printable ASCII without spaces' })(target, property as string);
  };
}
