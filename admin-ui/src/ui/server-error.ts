import type { CombinedError } from 'urql';

interface FieldProblem {
  field: string;
  messages: string[];
}

/** What the gateway said when it refused, or why it could not be reached. */
export interface ServerProblem {
  message: string;
  code: string | null;
  stripeRequestId: string | null;
  fields: FieldProblem[];
}

export function describeError(error: CombinedError): ServerProblem {
  const first = error.graphQLErrors[0];
  if (!first) {
    return { message: `The gateway could not be reached (${error.networkError?.message ?? 'network error'}).`, code: null, stripeRequestId: null, fields: [] };
  }
  const extensions = first.extensions ?? {};
  const fields = Array.isArray(extensions.fields) ? (extensions.fields as FieldProblem[]) : [];
  const namedField = typeof extensions.field === 'string' ? [{ field: extensions.field, messages: [first.message] }] : [];
  return {
    message: first.message,
    code: typeof extensions.code === 'string' ? extensions.code : null,
    stripeRequestId: typeof extensions.stripeRequestId === 'string' ? extensions.stripeRequestId : null,
    fields: [...fields, ...namedField],
  };
}

/** True when the gateway answered that field (`amount` matches `amount` and `input.amount`) was wrong. */
export function isFieldRejected(problem: ServerProblem | null, field: string): boolean {
  return Boolean(problem?.fields.some((candidate) => candidate.field === field || candidate.field.endsWith(`.${field}`)));
}

/**
 * A deliberate refusal means nothing was created, so the next attempt may use a new
 * idempotency key; after a lost connection or an unexpected failure the outcome is unknown.
 */
export function isDefinitiveRefusal(error: CombinedError): boolean {
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}
