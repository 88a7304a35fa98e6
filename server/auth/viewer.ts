export enum Role {
  ADMIN = 'ADMIN',
  WRITER = 'WRITER',
}

/** The signed-in user behind a request, as proven by their session token. */
export interface Viewer {
  userId: string;
  role: Role;
  /** True when the session was opened with a valid TOTP code. */
  twoFactorVerified: boolean;
  /** For writers, their writer record. */
  writerId: string | null;
  /** The session the token names; signing out revokes it. */
  sessionId?: string;
  /** When the session token stops being accepted (long-lived connections end then). */
  sessionExpiresAt?: Date;
  /** When the password (and code) opening the session were checked. */
  sessionIssuedAt?: Date;
}
