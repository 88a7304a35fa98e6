import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENUM_EXTENSIONS, PROPERTY_EXTENSIONS } from '../../sandbox/spec-extensions';
import { present } from '../kit/checks';

/** Stripe's OpenAPI description for API 2023-08-16, cut to the endpoints the project uses. */
export const SPEC_PATH = join(__dirname, '../../sandbox/spec/openapi-subset.json');
const SPEC_ID = 'https://sandbox.invalid/openapi-subset.json';

type JsonObject = Record<string, unknown>;

interface Spec {
  paths: Record<string, Record<string, { responses: Record<string, { content?: { 'application/json'?: { schema: JsonObject } } }> }>>;
  components: { schemas: Record<string, JsonObject> };
}

/**
 * OpenAPI 3.0 to JSON Schema for ajv: `nullable` becomes `anyOf [.., null]`, `$ref`s point into
 * the one registered document, and objects with declared properties refuse undeclared ones
 * (Stripe's description never says so, but an unknown field is exactly what we want caught).
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const converted: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') converted.$ref = `${SPEC_ID}${value}`;
    else if (key === 'properties')
      converted.properties = Object.fromEntries(Object.entries(value as JsonObject).map(([name, schema]) => [name, toJsonSchema(schema)]));
    else converted[key] = toJsonSchema(value);
  }
  if (converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return (node as JsonObject).nullable ? { anyOf: [converted, { type: 'null' }] } : converted;
}

function applyExtensions(schemas: Record<string, JsonObject>): void {
  for (const extension of PROPERTY_EXTENSIONS) {
    (present(schemas[extension.schema], `the ${extension.schema} schema`).properties as JsonObject)[extension.property] = {};
  }
  for (const extension of ENUM_EXTENSIONS) {
    const properties = present(schemas[extension.schema], `the ${extension.schema} schema`).properties as Record<string, { enum: string[] }>;
    const property = present(properties[extension.property], `${extension.schema}.${extension.property}`);
    property.enum = [...property.enum, ...extension.values];
  }
}

export interface ResponseValidator {
  /** Problems with one answer of `METHOD template`; empty when it conforms. */
  validate(method: string, template: string, status: number, body: unknown): string[];
  /** Problems with an object against the component schema named like its `object` field. */
  validateObject(body: { object: string }): string[];
  hasOperation(method: string, template: string): boolean;
}

export function loadResponseValidator(): ResponseValidator {
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
  applyExtensions(spec.components.schemas);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: toJsonSchema(spec.components.schemas) } });
  const compiled = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: () => unknown) => {
    if (!compiled.has(key)) compiled.set(key, ajv.compile(schema() as JsonObject));
    return compiled.get(key)!;
  };
  const problems = (validator: ValidateFunction, body: unknown) =>
    validator(body) ? [] : (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  return {
    hasOperation: (method, template) => Boolean(spec.paths[template]?.[method.toLowerCase()]),
    validate(method, template, status, body) {
      const operation = spec.paths[template]?.[method.toLowerCase()];
      if (!operation) return [`no operation ${method} ${template} in the spec`];
      const response = operation.responses[String(status)] ?? operation.responses.default;
      const schema = response?.content?.['application/json']?.schema;
      if (!schema) return [`no ${status} response schema for ${method} ${template}`];
      return problems(
        compile(`${method} ${template} ${status}`, () => toJsonSchema(schema)),
        body,
      );
    },
    validateObject(body) {
      // Most schemas are named by their object (`checkout.session` keeps its dot); a few with an underscore.
      const name = spec.components.schemas[body.object] ? body.object : body.object.replace(/\./g, '_');
      if (!spec.components.schemas[name]) return [`no component schema for object ${body.object}`];
      return problems(
        compile(`object ${name}`, () => ({ $ref: `${SPEC_ID}#/components/schemas/${name}` })),
        body,
      );
    },
  };
}
