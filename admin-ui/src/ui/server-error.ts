import type { CombinedError } from 'urql';

interface FieldProblem {
  field: string;
  messages: string[];
}

/** What the gateway said when it refused, in words for a person, or why it could not be reached. */
export interface ServerProblem {
  message: string;
  /** The gateway's `extensions.code`, kept for integrators and support. */
  code: string | null;
  stripeRequestId: string | null;
  /** Per field, messages that name the field as the form labels it. */
  fields: FieldProblem[];
}

// How the console labels the API's input fields.
const FIELD_LABELS: Record<string, string> = {
  displayName: 'Name',
  email: 'Email',
  country: 'Country',
  password: 'Password',
  amount: 'Amount',
  currency: 'Currency',
  description: 'Description',
  statementDescriptor: 'Statement descriptor',
  reason: 'Reason',
  otp: 'Authentication code',
};

const lastSegment = (field: string) => field.split('.').at(-1) ?? field;
const labelOf = (field: string) => FIELD_LABELS[lastSegment(field)] ?? lastSegment(field);

/** "displayName must be 1 to 120 characters" → "Name must be 1 to 120 characters." */
function inWords(field: string, message: string): string {
  const name = lastSegment(field);
  const worded = message.startsWith(name) ? `${labelOf(field)}${message.slice(name.length)}` : message;
  const sentence = worded.charAt(0).toUpperCase() + worded.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** 892 s → "about 15 minutes"; the gateway counts in seconds, people do not. */
export function roughDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'a minute' : `about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? 'about an hour' : `about ${hours} hours`;
}

const QUERY_LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_DIRECTIVES', 'TOO_MANY_TOKENS', 'QUERY_TOO_COSTLY']);

function messageFor(code: string | null, serverMessage: string, extensions: Record<string, unknown>, fields: FieldProblem[]): string {
  if (code === 'RATE_LIMITED') {
    const seconds = Number(extensions.retryAfterSeconds);
    return Number.isFinite(seconds) && seconds > 0
      ? `Too many attempts. Try again in ${roughDuration(seconds)}.`
      : 'Too many attempts. Wait a little, then try again.';
  }
  if (code === 'BAD_USER_INPUT' && fields.length > 0) {
    const [only] = fields;
    return fields.length === 1 && only?.messages[0] ? only.messages[0] : 'Some fields need another look: see the messages under them.';
  }
  if (code === 'INTERNAL_SERVER_ERROR') return 'The gateway ran into an unexpected problem. Nothing is moved twice: check the list before trying again.';
  if (code === 'STRIPE_ERROR') return `Stripe refused the request: ${serverMessage}`;
  if (code === 'IDEMPOTENCY_CONFLICT') return 'This form was already sent with different values. Close it and start again.';
  if (code && QUERY_LIMIT_CODES.has(code))
    return 'This request asks the gateway for too much at once. Reload the page; if it happens again, tell the gateway’s maintainers.';
  return serverMessage;
}

export function describeError(error: CombinedError): ServerProblem {
  const first = error.graphQLErrors[0];
  if (!first) {
    return { message: 'The gateway could not be reached. Check the connection, then try again.', code: null, stripeRequestId: null, fields: [] };
  }
  const extensions = first.extensions ?? {};
  const listed = Array.isArray(extensions.fields) ? (extensions.fields as FieldProblem[]) : [];
  const named = typeof extensions.field === 'string' ? [{ field: extensions.field, messages: [first.message] }] : [];
  const fields = [...listed, ...named].map(({ field, messages }) => ({ field, messages: messages.map((message) => inWords(field, message)) }));
  const code = typeof extensions.code === 'string' ? extensions.code : null;
  return {
    message: messageFor(code, first.message, extensions, fields),
    code,
    stripeRequestId: typeof extensions.stripeRequestId === 'string' ? extensions.stripeRequestId : null,
    fields,
  };
}

/** What the gateway said about one field (`amount` matches `amount` and `input.amount`), if anything. */
export function fieldMessage(problem: ServerProblem | null, field: string): string | null {
  const found = problem?.fields.find((candidate) => candidate.field === field || candidate.field.endsWith(`.${field}`));
  return found ? found.messages.join(' ') : null;
}

/** True when the gateway answered that field was wrong. */
export function isFieldRejected(problem: ServerProblem | null, field: string): boolean {
  return fieldMessage(problem, field) !== null;
}

/**
 * A deliberate refusal means nothing was created, so the next attempt may use a new
 * idempotency key; after a lost connection or an unexpected failure the outcome is unknown.
 */
export function isDefinitiveRefusal(error: CombinedError): boolean {
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}
