import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/errors';
import { withoutSuggestions } from './schema-privacy';

// Codes produced by GraphQL itself or by Apollo for malformed requests; safe to show as is.
const protocolCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const deliberateCodes = new Set<string>([...Object.values(ErrorCode), ...protocolCodes]);

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** class-validator's failures as `{ field, messages }`, without echoing the submitted values. */
function fieldErrors(failures: ValidationFailure[], prefix = ''): Array<{ field: string; messages: string[] }> {
  return failures.flatMap((failure) => {
    const field = `${prefix}${failure.property}`;
    const own = failure.constraints ? [{ field, messages: Object.values(failure.constraints) }] : [];
    return [...own, ...fieldErrors(failure.children ?? [], `${field}.`)];
  });
}

function withReadableValidation(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const failures = formatted.extensions?.validationErrors as ValidationFailure[] | undefined;
  if (!Array.isArray(failures)) return formatted;
  const { validationErrors: _validationErrors, ...extensions } = formatted.extensions ?? {};
  const fields = fieldErrors(failures);
  const message = fields.flatMap((field) => field.messages).join('; ') || formatted.message;
  return { ...formatted, message: `Invalid input: ${message}.`, extensions: { ...extensions, fields } };
}

function deliberateCode(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const candidates = [original instanceof GraphQLError ? original.extensions?.code : undefined, formatted.extensions?.code];
  return candidates.find((code): code is string => typeof code === 'string' && deliberateCodes.has(code));
}

export interface ErrorFormatOptions {
  /** With introspection off: graphql-js's "Did you mean …" hints would reveal the schema. */
  hideSuggestions: boolean;
  /** Receives the original of an unexpected error, for logging. */
  onUnexpected?: (error: unknown) => void;
}

/**
 * Shapes every error leaving the gateway (HTTP and WebSocket): deliberate errors keep their
 * code, message and safe extensions; anything unexpected becomes a bare INTERNAL_SERVER_ERROR
 * with no stack, no message and no secret.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown, options: ErrorFormatOptions): GraphQLFormattedError {
  const code = deliberateCode(formatted, error);
  if (code) {
    const readable = withReadableValidation(formatted);
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = readable.extensions ?? {};
    const message = options.hideSuggestions ? withoutSuggestions(readable.message) : readable.message;
    return { ...readable, message, extensions: { ...extensions, code } };
  }
  options.onUnexpected?.(error);
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.InternalServerError },
  };
}
