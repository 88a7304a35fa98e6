import { invalidParam, missingParam } from '../kernel/errors';

/**
 * A small description of the parameters an endpoint accepts, from which both the parsing
 * (Stripe's form encoding arrives as strings) and the handler's types are derived.
 * Anything not described is refused with `parameter_unknown`, as Stripe does.
 */
interface BaseShape {
  required?: boolean;
}
interface StringShape extends BaseShape {
  kind: 'string';
  maxLength?: number;
  /** `email`: refused unless it reads as an address, with Stripe's `email_invalid`. */
  format?: 'email';
}
/** A decimal sent as text (`25.5`), such as `percent_ownership`. */
interface DecimalShape extends BaseShape {
  kind: 'decimal';
  min?: number;
  max?: number;
}
interface EnumShape<V extends string> extends BaseShape {
  kind: 'enum';
  values: readonly V[];
}
interface IntegerShape extends BaseShape {
  kind: 'integer';
  min?: number;
  max?: number;
}
interface BooleanShape extends BaseShape {
  kind: 'boolean';
}
interface MetadataShape extends BaseShape {
  kind: 'metadata';
}
/** A unix-time filter: either an exact value or `gt`/`gte`/`lt`/`lte` bounds. */
interface RangeShape extends BaseShape {
  kind: 'range';
}
interface ObjectShape<F extends Fields> extends BaseShape {
  kind: 'object';
  fields: F;
}
interface ArrayShape<I extends Shape> extends BaseShape {
  kind: 'array';
  items: I;
}

export type Shape =
  StringShape | EnumShape<string> | IntegerShape | DecimalShape | BooleanShape | MetadataShape | RangeShape | ObjectShape<Fields> | ArrayShape<Shape>;
export type Fields = { readonly [name: string]: Shape };

/** Metadata as sent: `null` clears all keys, a `null` value deletes one key. */
export type MetadataUpdate = Record<string, string | null>;
export interface RangeFilter {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

export type Infer<S> = S extends { kind: 'string' }
  ? string
  : S extends { kind: 'enum'; values: readonly (infer V)[] }
    ? V
    : S extends { kind: 'integer' | 'decimal' }
      ? number
      : S extends { kind: 'boolean' }
        ? boolean
        : S extends { kind: 'metadata' }
          ? MetadataUpdate
          : S extends { kind: 'range' }
            ? RangeFilter
            : S extends { kind: 'object'; fields: infer F }
              ? InferFields<F>
              : S extends { kind: 'array'; items: infer I }
                ? Infer<I>[]
                : never;

/** Required fields are always present; optional ones may be absent or `null` (sent empty: "unset"). */
export type InferFields<F> = {
  [K in keyof F as F[K] extends { required: true } ? K : never]: Infer<F[K]>;
} & {
  [K in keyof F as F[K] extends { required: true } ? never : K]?: Infer<F[K]> | null;
};

export const param = {
  string: (options: { maxLength?: number } = {}): StringShape => ({ kind: 'string', ...options }),
  email: (options: { maxLength?: number } = {}): StringShape => ({ kind: 'string', format: 'email', ...options }),
  decimal: (options: { min?: number; max?: number } = {}): DecimalShape => ({ kind: 'decimal', ...options }),
  enum: <V extends string>(values: readonly V[]): EnumShape<V> => ({ kind: 'enum', values }),
  integer: (options: { min?: number; max?: number } = {}): IntegerShape => ({ kind: 'integer', ...options }),
  boolean: (): BooleanShape => ({ kind: 'boolean' }),
  metadata: (): MetadataShape => ({ kind: 'metadata' }),
  range: (): RangeShape => ({ kind: 'range' }),
  object: <F extends Fields>(fields: F): ObjectShape<F> => ({ kind: 'object', fields }),
  array: <I extends Shape>(items: I): ArrayShape<I> => ({ kind: 'array', items }),
};

export function required<S extends Shape>(shape: S): S & { required: true } {
  return { ...shape, required: true };
}

/** Parameters every list endpoint takes. */
export const listFields = {
  limit: param.integer(),
  starting_after: param.string(),
  ending_before: param.string(),
  created: param.range(),
};

const METADATA_MAX_KEYS = 50;
const METADATA_KEY_MAX_LENGTH = 40;
const METADATA_VALUE_MAX_LENGTH = 500;

/**
 * Parses `raw` (qs-decoded form or JSON) against `fields`. `expand` is accepted everywhere
 * and read separately by `readExpand`.
 */
export function parseParams<F extends Fields>(raw: Record<string, unknown>, fields: F): InferFields<F> {
  return parseFields(raw, fields, '', true) as InferFields<F>;
}

function parseFields(raw: Record<string, unknown>, fields: Fields, prefix: string, topLevel: boolean) {
  const parsed: Record<string, unknown> = {};
  for (const name of Object.keys(raw)) {
    if (topLevel && name === 'expand') continue;
    if (!Object.prototype.hasOwnProperty.call(fields, name)) {
      const path = joinPath(prefix, name);
      throw invalidParam(`Received unknown parameter: ${path}`, path, 'parameter_unknown');
    }
  }
  for (const [name, shape] of Object.entries(fields)) {
    const path = joinPath(prefix, name);
    const value = raw[name];
    if (value === undefined) {
      if (shape.required) throw missingParam(path);
      continue;
    }
    if (value === '' || value === null) {
      if (shape.required) throw emptyRequired(path);
      parsed[name] = null;
      continue;
    }
    parsed[name] = parseValue(value, shape, path);
  }
  return parsed;
}

function parseValue(value: unknown, shape: Shape, path: string): unknown {
  switch (shape.kind) {
    case 'string':
      return parseString(value, shape, path);
    case 'enum':
      return parseEnum(value, shape, path);
    case 'integer':
      return parseInteger(value, shape, path);
    case 'decimal':
      return parseDecimal(value, shape, path);
    case 'boolean':
      return parseBoolean(value, path);
    case 'metadata':
      return parseMetadata(value, path);
    case 'range':
      return parseRange(value, path);
    case 'object':
      if (!isPlainObject(value)) throw invalidParam(`Invalid object: ${path} must be a hash`, path);
      return parseFields(value, shape.fields, path, false);
    case 'array':
      return toArray(value, path).map((item, index) => parseValue(item, shape.items, `${path}[${index}]`));
  }
}

function parseString(value: unknown, shape: StringShape, path: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw invalidParam(`Invalid string: ${path} must be a string`, path);
  }
  const text = String(value);
  if (shape.maxLength !== undefined && text.length > shape.maxLength) {
    throw invalidParam(`Invalid ${path}: must be at most ${shape.maxLength} characters`, path);
  }
  if (shape.format === 'email' && !EMAIL.test(text)) throw invalidParam(`Invalid email address: ${text}`, path, 'email_invalid');
  return text;
}

/** One `@`, something before it, a dotted domain after it, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseDecimal(value: unknown, shape: DecimalShape, path: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) throw invalidParam(`Invalid decimal: ${String(value)}`, path);
  const decimal = Number(text);
  if (shape.min !== undefined && decimal < shape.min) throw invalidParam(`This value must be greater than or equal to ${shape.min}.`, path);
  if (shape.max !== undefined && decimal > shape.max) throw invalidParam(`This value must be less than or equal to ${shape.max}.`, path);
  return decimal;
}

function parseEnum(value: unknown, shape: EnumShape<string>, path: string): string {
  if (typeof value === 'string' && shape.values.includes(value)) return value;
  throw invalidParam(`Invalid ${path}: must be one of ${humanList(shape.values)}`, path);
}

function parseInteger(value: unknown, shape: IntegerShape, path: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw invalidParam(`Invalid integer: ${String(value)}`, path, 'parameter_invalid_integer');
  }
  const integer = Number(text);
  if (shape.min !== undefined && integer < shape.min) {
    throw invalidParam(`This value must be greater than or equal to ${shape.min}.`, path, 'parameter_invalid_integer');
  }
  if (shape.max !== undefined && integer > shape.max) {
    throw invalidParam(`This value must be less than or equal to ${shape.max}.`, path, 'parameter_invalid_integer');
  }
  return integer;
}

function parseBoolean(value: unknown, path: string): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw invalidParam(`Invalid boolean: ${String(value)}`, path);
}

function parseMetadata(value: unknown, path: string): MetadataUpdate {
  if (!isPlainObject(value)) throw invalidParam('Invalid metadata: metadata must be a hash', path);
  const entries = Object.entries(value);
  if (entries.length > METADATA_MAX_KEYS) {
    throw invalidParam(`Invalid metadata: metadata can have up to ${METADATA_MAX_KEYS} keys`, path);
  }
  const metadata: MetadataUpdate = {};
  for (const [key, item] of entries) {
    const itemPath = `${path}[${key}]`;
    if (key.length > METADATA_KEY_MAX_LENGTH) {
      throw invalidParam(`Metadata keys can have up to ${METADATA_KEY_MAX_LENGTH} characters.`, itemPath);
    }
    if (item === '' || item === null) {
      metadata[key] = null;
      continue;
    }
    const text = parseString(item, { kind: 'string' }, itemPath);
    if (text.length > METADATA_VALUE_MAX_LENGTH) {
      throw invalidParam(`Metadata values can have up to ${METADATA_VALUE_MAX_LENGTH} characters.`, itemPath);
    }
    metadata[key] = text;
  }
  return metadata;
}

function parseRange(value: unknown, path: string): RangeFilter {
  if (!isPlainObject(value)) return { gte: parseInteger(value, { kind: 'integer' }, path), lte: Number(value) };
  const bounds = parseFields(value, { gt: param.integer(), gte: param.integer(), lt: param.integer(), lte: param.integer() }, path, false);
  return bounds as RangeFilter;
}

/** qs yields an object with numeric keys for long or sparse arrays; both forms are accepted. */
function toArray(value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) {
    return Object.keys(value)
      .sort((left, right) => Number(left) - Number(right))
      .map((key) => value[key]);
  }
  throw invalidParam(`Invalid array: ${path} must be an array`, path);
}

export function readExpand(raw: Record<string, unknown>): string[] {
  if (raw.expand === undefined || raw.expand === '') return [];
  return toArray(raw.expand, 'expand').map((item, index) => parseString(item, { kind: 'string' }, `expand[${index}]`));
}

function emptyRequired(path: string) {
  return invalidParam(
    `You passed an empty string for '${path}'. We assume empty values are an attempt to unset a parameter; however '${path}' cannot be unset. You should remove '${path}' from your request or supply a non-empty value.`,
    path,
    'parameter_invalid_empty',
  );
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinPath(prefix: string, name: string): string {
  return prefix ? `${prefix}[${name}]` : name;
}

function humanList(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')}, or ${values[values.length - 1]}`;
}

/** Applies a metadata update onto the stored metadata, as Stripe merges it. */
export function mergeMetadata(current: Record<string, string>, update: MetadataUpdate | null | undefined) {
  if (update === undefined) return current;
  if (update === null) return {};
  const merged = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
