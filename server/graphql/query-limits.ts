import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { RequestHandler } from 'express';
import { GraphQLError, parse, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from './errors';

// Limits applied to every operation, over HTTP and over WebSocket alike. The console's
// largest operation stays far below each of them.
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
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
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, exposeLimits: true, ...rejectWith(ErrorCode.QueryTooCostly) }),
  ] as ValidationRule[];
}

export function tooManyTokensError(): GraphQLError {
  return new GraphQLError(`Syntax Error: Token limit of ${QUERY_LIMITS.maxTokens} exceeded.`, {
    extensions: { code: ErrorCode.TooManyTokens },
  });
}

/** Parses with the token limit; graphql-js counts tokens while parsing, so a flood stops early. */
export function parseWithTokenLimit(source: string) {
  try {
    return parse(source, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && /Document contains more th/.test(error.message)) throw tooManyTokensError();
    throw error;
  }
}

/**
 * Apollo parses the document itself with no token limit, so HTTP requests are checked here
 * first; a flood is refused before any further work.
 */
export const tokenLimitMiddleware: RequestHandler = (request, response, next) => {
  const query: unknown = request.body?.query;
  if (typeof query !== 'string') return next();
  try {
    parseWithTokenLimit(query);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.TooManyTokens) {
      response.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
      return;
    }
  }
  next();
};
