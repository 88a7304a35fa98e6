import { GraphQLError, type ValidationRule } from 'graphql';

// What a client may learn of the schema. With introspection off (production, unless
// INTROSPECTION=1) it learns nothing from `__schema`/`__type`, nor from the "Did you mean …"
// hints graphql-js adds to errors, which would spell out field, argument and enum names one
// guess at a time. The same rules hold over HTTP and WebSocket.

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

// One refusal per `__schema`/`__type`, where graphql-js's NoSchemaIntrospectionCustomRule
// reports every field beneath them; `__typename` stays allowed, clients rely on it.
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (!INTROSPECTION_ROOTS.has(node.name.value)) return;
    context.reportError(
      new GraphQLError(`GraphQL introspection is turned off on this server, but the query asks for "${node.name.value}".`, { nodes: [node] }),
    );
  },
});

/** The gateway's own rule, so that HTTP and WebSocket refuse introspection in the same words. */
export function introspectionRules(introspection: boolean): ValidationRule[] {
  return introspection ? [] : [noIntrospection];
}

// graphql-js appends its hints last: ` Did you mean "viewer"?`, ` Did you mean the enum value "ACTIVE"?`.
const SUGGESTION = /\s*Did you mean\b.*$/s;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}
