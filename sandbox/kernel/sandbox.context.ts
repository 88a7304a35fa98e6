import type { SandboxClock } from './clock';
import type { StripeEvent } from './event.model';
import type { SandboxState } from './sandbox.state';

/** The subset of pino's interface the sandbox logs through. */
export interface SandboxLogger {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

export const silentLogger: SandboxLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Platform settings for OAuth given when the sandbox starts. */
export interface OAuthSettings {
  /** The platform's `ca_…` client id; by default derived from the platform account id. */
  clientId?: string;
  /** Redirect URIs accepted beside those registered through the control API. */
  redirectUris?: string[];
}

export interface SandboxSettings {
  settleDelaySeconds: number;
  /** Base of the hosted pages' URLs (account links, login links); known once listening. */
  publicUrl: string;
  /** The API version events are rendered in when an endpoint names none. */
  apiVersion: string;
  /** The platform's OAuth client id and redirect URIs, when given at start. */
  oauth?: OAuthSettings;
}

/** The API request an event or idempotent result traces back to (none for timers and control calls). */
export interface RequestOrigin {
  requestId: string | null;
  idempotencyKey: string | null;
}

/**
 * What every service works on. State changes happen synchronously inside one handler call (a
 * unit of work of the state journal), so no two requests ever interleave half-way through a
 * change, and each change is committed before anyone sees it.
 */
export interface SandboxContext {
  state: SandboxState;
  readonly clock: SandboxClock;
  readonly settings: SandboxSettings;
  readonly logger: SandboxLogger;
  origin: RequestOrigin;
  publishEvent(event: StripeEvent): void;
}

export const NO_ORIGIN: RequestOrigin = { requestId: null, idempotencyKey: null };
