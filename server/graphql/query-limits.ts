import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError, parse, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '../errors/errors';
import { MAX_QUERY_COST, queryCostError } from './query-cost';

// Limits applied to every operation, over HTTP and over WebSocket alike. The console's
// largest operation stays far below each of them. The cost (see query-cost.ts) needs the
// request's variables, so it is checked once the operation is known rather than as a rule.
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: MAX_QUERY_COST,
} as const;

/** The largest HTTP body or WebSocket message read: the console's largest request is a few kB. */
export const MAX_REQUEST_BYTES = 100 * 1024;

function rejectWith(code: ErrorCode) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(new GraphQLError(error.message, { extensions: { code } }));
      },
    ],
  };
}

export function queryLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, exposeLimits: true, ...rejectWith(ErrorCode.QueryTooDeep) }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, exposeLimits: true, ...rejectWith(ErrorCode.TooManyAliases) }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, exposeLimits: true, ...rejectWith(ErrorCode.TooManyDirectives) }),
  ] as ValidationRule[];
}

/** QUERY_TOO_COSTLY (HTTP 400, like the other limits) for an HTTP request whose operation asks too much. */
export function queryCostPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, request, operationName }) => {
        const error = queryCostError(schema, document, request.variables, operationName);
        if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
      },
    }),
  };
}

/** Parse options for every GraphQL parser we run: graphql-js stops lexing at the limit, so a flood costs little. */
export const QUERY_PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

// graphql-js reports the limit as a plain syntax error (16.x spells it "more that").
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens\. Parsing aborted\.$/;

const tooManyTokensMessage = () => `Syntax Error: Token limit of ${QUERY_LIMITS.maxTokens} exceeded.`;

export function tooManyTokensError(): GraphQLError {
  return new GraphQLError(tooManyTokensMessage(), { extensions: { code: ErrorCode.TooManyTokens } });
}

/** Parses with the token limit (the WebSocket path, which has no Apollo pipeline). */
export function parseWithTokenLimit(source: string) {
  try {
    return parse(source, QUERY_PARSE_OPTIONS);
  } catch (error) {
    if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) throw tooManyTokensError();
    throw error;
  }
}

/**
 * Apollo parses GET and POST alike with QUERY_PARSE_OPTIONS and reports a flood as
 * GRAPHQL_PARSE_FAILED; this gives it the TOO_MANY_TOKENS code and message the WebSocket path
 * gives, for Apollo's `formatError`.
 */
export function withTokenLimitCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !TOKEN_LIMIT_MESSAGE.test(formatted.message)) return formatted;
  return { ...formatted, message: tooManyTokensMessage(), extensions: { ...formatted.extensions, code: ErrorCode.TooManyTokens } };
}
