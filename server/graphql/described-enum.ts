import { registerEnumType } from 'type-graphql';

/**
 * What the schema says of one value: its description, or an object that adds a deprecation or
 * stores the value as a string other than its name (a term of Stripe's, such as `account_update`).
 */
export type EnumValueConfig = string | { readonly description: string; readonly deprecationReason?: string; readonly value?: string };

/** The enum object: each name stands for its own string, or for the `value` its config gives. */
export type DescribedEnum<V extends Record<string, EnumValueConfig>> = {
  readonly [K in keyof V]: V[K] extends { readonly value: infer S extends string } ? S : K;
};

/**
 * The values of an enum object, as a type: `export type X = EnumValue<typeof X>;`. A status
 * enum with a lifecycle declares it after the lifecycle: the statuses, their table, then the type.
 */
export type EnumValue<T> = T[keyof T];

/**
 * A GraphQL enum declared once: the frozen object works as a TypeScript string enum does
 * (`X.PENDING`, `Object.values(X)`, TypeORM's `enum:`), and it is registered with type-graphql
 * under `name`, its values in the order they are written. `values` describes each value, or only
 * names them when the enum's own description says all there is to say.
 */
export function describedEnum<const K extends string>(name: string, description: string, values: readonly K[]): { readonly [N in K]: N };
export function describedEnum<const V extends Record<string, EnumValueConfig>>(name: string, description: string, values: V): DescribedEnum<V>;
export function describedEnum(name: string, description: string, values: readonly string[] | Record<string, EnumValueConfig>): Record<string, string> {
  if (Array.isArray(values)) {
    const named = Object.freeze(Object.fromEntries(values.map((key) => [key, key])));
    registerEnumType(named, { name, description });
    return named;
  }
  const object: Record<string, string> = {};
  const valuesConfig: Record<string, { description: string; deprecationReason?: string }> = {};
  for (const [key, config] of Object.entries(values)) {
    if (typeof config === 'string') {
      object[key] = key;
      valuesConfig[key] = { description: config };
    } else {
      object[key] = config.value ?? key;
      valuesConfig[key] =
        config.deprecationReason === undefined
          ? { description: config.description }
          : { description: config.description, deprecationReason: config.deprecationReason };
    }
  }
  const frozen = Object.freeze(object);
  registerEnumType(frozen, { name, description, valuesConfig });
  return frozen;
}
