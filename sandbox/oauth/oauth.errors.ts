/** The OAuth error codes Stripe's connect endpoints answer with (RFC 6749, section 5.2). */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type' | 'unsupported_response_type';

/**
 * A refusal of `/oauth/token` or `/oauth/deauthorize`. Its body is OAuth's own
 * `{ error, error_description }`, not the API's `{ error: { type, message } }`: the SDKs tell
 * the two apart by whether `error` is a string.
 */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }

  toBody(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.error, error_description: this.description };
  }
}

export function oauthInvalidRequest(description: string): OAuthError {
  return new OAuthError('invalid_request', description);
}

export function oauthInvalidGrant(description: string): OAuthError {
  return new OAuthError('invalid_grant', description);
}

/** Client authentication failed or the client is not connected: 401, as Stripe answers. */
export function oauthInvalidClient(description: string): OAuthError {
  return new OAuthError('invalid_client', description, 401);
}
