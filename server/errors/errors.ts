import { GraphQLError } from 'graphql';

// Every deliberate refusal is one of these codes; clients switch on `extensions.code`.
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  TwoFactorRequired = 'TWO_FACTOR_REQUIRED',
  InsufficientFunds = 'INSUFFICIENT_FUNDS',
  WriterNotPayable = 'WRITER_NOT_PAYABLE',
  IdempotencyConflict = 'IDEMPOTENCY_CONFLICT',
  StripeError = 'STRIPE_ERROR',
  RateLimited = 'RATE_LIMITED',
  QueryTooDeep = 'QUERY_TOO_DEEP',
  TooManyAliases = 'TOO_MANY_ALIASES',
  TooManyDirectives = 'TOO_MANY_DIRECTIVES',
  TooManyTokens = 'TOO_MANY_TOKENS',
  QueryTooCostly = 'QUERY_TOO_COSTLY',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = (message = 'Sign in to continue.') => new AppError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(ErrorCode.Forbidden, message);
export const notFound = (what: string, id: string) => new AppError(ErrorCode.NotFound, `${what} ${id} was not found.`, { id });
export const badUserInput = (message: string, field?: string) => new AppError(ErrorCode.BadUserInput, message, field ? { field } : {});
