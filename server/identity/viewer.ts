import type { ApiKeyScope } from './api-key-scope';

/** Who acts: the team by their role, a writer, or the backend through an API key; registered for GraphQL with the auth types. */
export const Role = Object.freeze({
  /** Runs the platform and manages the team. */
  ADMIN: 'ADMIN',
  /** Moves money and approves. */
  FINANCE: 'FINANCE',
  /** Reads everything, changes nothing. */
  VIEWER: 'VIEWER',
  WRITER: 'WRITER',
  /** The platform's backend, through an API key: only what its scopes allow. */
  API_KEY: 'API_KEY',
} as const);
export type Role = (typeof Role)[keyof typeof Role];

/** The roles of the platform's own people: each sees every writer. */
export const TEAM_ROLES: readonly Role[] = [Role.ADMIN, Role.FINANCE, Role.VIEWER];

export const isTeamRole = (role: Role): boolean => TEAM_ROLES.includes(role);

/** The signed-in user behind a request, as their user and session rows say now. */
export interface Viewer {
  userId: string;
  role: Role;
  /** True when the session was opened with a valid TOTP code and two-factor is still on. */
  twoFactorVerified: boolean;
  /** For writers, their writer record. */
  writerId: string | null;
  /** The session the token names; signing out revokes it. */
  sessionId?: string;
  /** When the session token stops being accepted (long-lived connections end then). */
  sessionExpiresAt?: Date;
  /** When the password (and code) opening the session were checked. */
  sessionIssuedAt?: Date;
  /** For an API key (`userId` is then the key's id), what it may do. */
  apiKeyScopes?: readonly ApiKeyScope[];
}
