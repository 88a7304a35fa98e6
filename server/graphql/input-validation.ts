import { type ValidationError, type ValidatorOptions, validateOrReject } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

// Field names to trim, per input class prototype (inherited fields are found up the chain).
const trimmedFields = new WeakMap<object, Set<string>>();

/**
 * Marks a free-text field of an @InputType or @ArgsType to be trimmed before it is validated:
 * "   " then fails a minimum length, and "  Ana  " is stored as "Ana". Never for secrets,
 * tokens or idempotency keys, which must arrive exactly as sent.
 */
export function Trimmed(): PropertyDecorator {
  return (prototype, property) => {
    const fields = trimmedFields.get(prototype) ?? new Set<string>();
    fields.add(String(property));
    trimmedFields.set(prototype, fields);
  };
}

function trimMarkedFields(input: Record<string, unknown>): void {
  for (
    let prototype = Object.getPrototypeOf(input) as object | null;
    prototype && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype) as object | null
  ) {
    for (const field of trimmedFields.get(prototype) ?? []) {
      const value = input[field];
      if (typeof value === 'string') input[field] = value.trim();
    }
  }
}

// What type-graphql passes class-validator itself, which a custom validateFn replaces.
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Every resolver argument: marked fields are trimmed, then class-validator checks the input as
 * type-graphql would, failing with its ArgumentValidationError (BAD_USER_INPUT with `fields`).
 */
export const validateArgument: ValidatorFn = async (argumentValue: unknown) => {
  const values: unknown[] = Array.isArray(argumentValue) ? argumentValue : [argumentValue];
  const inputs = values.filter((value): value is Record<string, unknown> => value !== null && typeof value === 'object');
  inputs.forEach(trimMarkedFields);
  try {
    await Promise.all(inputs.map((input) => validateOrReject(input, VALIDATOR_OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};
