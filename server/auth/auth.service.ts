import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { AppError, ErrorCode, badUserInput, unauthenticated } from '../errors/errors';
import { User } from '../users/user.entity';
import { Writer } from '../writers/writer.entity';
import type { AuthPayload, LogInInput, TwoFactorEnrollment, ViewerObject } from './auth.types';
import type { LoginThrottle } from './login-throttle';
import { UNKNOWN_USER_HASH, hashPassword, verifyPassword } from './passwords';
import { SessionEndedReason } from './session.entity';
import type { SessionService } from './session.service';
import type { RecoveryCodes } from './recovery-codes';
import { newTotpSecret, totpUri, verifyTotp } from './totp';
import { Role, type Viewer } from '../identity/viewer';

const INVALID_CREDENTIALS = 'Email or password is incorrect.';

// Turning two-factor on takes a session opened this recently: a stolen, older session token
// cannot tie the account to someone else's authenticator.
const RECENT_SIGN_IN_SECONDS = 10 * 60;

function requireRecentSignIn(viewer: Viewer, what: string): void {
  const issuedAt = viewer.sessionIssuedAt?.getTime() ?? 0;
  if (Date.now() - issuedAt > RECENT_SIGN_IN_SECONDS * 1000) {
    throw new AppError(ErrorCode.Forbidden, `Sign in again to ${what}: it needs a sign-in from the last 10 minutes.`, { reason: 'RECENT_SIGN_IN_REQUIRED' });
  }
}

/** Signing in and out, two-factor, and the session a signed-in user is handed. */
export class AuthService {
  constructor(
    private readonly database: Database,
    private readonly sessions: SessionService,
    private readonly recoveryCodes: RecoveryCodes,
    private readonly throttle: LoginThrottle,
  ) {}

  async logIn(input: LogInInput, clientAddress: string): Promise<AuthPayload> {
    const email = input.email.trim().toLowerCase();
    await this.throttle.attempt(email, clientAddress);
    const user = await this.database.manager.findOneBy(User, { email });
    const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? (await UNKNOWN_USER_HASH));
    if (!user || !passwordMatches || user.removedAt) throw unauthenticated(INVALID_CREDENTIALS);
    if (user.twoFactorEnabled) await this.checkSecondFactor(user, input, email, clientAddress);
    await this.throttle.succeeded(email, clientAddress);
    return this.payload(user, user.twoFactorEnabled);
  }

  /** The authenticator's code, or one of the user's recovery codes when the device is lost. */
  private async checkSecondFactor(user: User, input: LogInInput, email: string, clientAddress: string): Promise<void> {
    if (input.recoveryCode) {
      if (!(await this.recoveryCodes.consume(user.id, input.recoveryCode))) throw unauthenticated('The recovery code is wrong or was already used.');
      return;
    }
    if (!input.otp) {
      await this.throttle.refund(email, clientAddress);
      throw new AppError(ErrorCode.TwoFactorRequired, 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.');
    }
    if (!(await this.acceptTotp(user, input.otp))) throw unauthenticated('The two-factor code is wrong, expired or already used.');
  }

  async enrollTwoFactor(viewer: Viewer): Promise<TwoFactorEnrollment> {
    requireRecentSignIn(viewer, 'set up two-factor');
    const user = await this.userOf(viewer);
    if (user.twoFactorEnabled) throw badUserInput('Two-factor authentication is already on.');
    const secret = newTotpSecret();
    await this.database.transaction(({ manager }) => manager.update(User, { id: user.id }, { twoFactorSecret: secret }));
    return { secret, otpauthUrl: totpUri(secret, user.email) };
  }

  /** Turns two-factor on and returns a new session that counts as verified. */
  async confirmTwoFactor(viewer: Viewer, otp: string): Promise<AuthPayload> {
    const user = await this.userOf(viewer);
    if (user.twoFactorEnabled) throw badUserInput('Two-factor authentication is already on.');
    if (!user.twoFactorSecret) throw badUserInput('Start with enrollTwoFactor, then confirm with a code.');
    if (!(await this.acceptTotp(user, otp))) throw badUserInput('The code is wrong or expired; check the time on your device.', 'otp');
    const recoveryCodes = await this.database.transaction(async (transaction) => {
      await transaction.manager.update(User, { id: user.id }, { twoFactorEnabled: true });
      // The session that enrolled is replaced by a two-factor one: it ends here.
      await this.sessions.end(transaction, viewer, SessionEndedReason.TWO_FACTOR_CONFIRMED);
      return this.recoveryCodes.issue(transaction.manager, user.id);
    });
    return { ...(await this.payload({ ...user, twoFactorEnabled: true }, true)), recoveryCodes };
  }

  /** A new set of recovery codes (the old ones stop working), from a recent two-factor sign-in. */
  async regenerateRecoveryCodes(viewer: Viewer): Promise<string[]> {
    requireRecentSignIn(viewer, 'make new recovery codes');
    if (!viewer.twoFactorVerified) throw new AppError(ErrorCode.TwoFactorRequired, 'New recovery codes need a session opened with a two-factor code.');
    return this.database.transaction(({ manager }) => this.recoveryCodes.issue(manager, viewer.userId));
  }

  async viewer(viewer: Viewer): Promise<ViewerObject> {
    return this.viewerObject(await this.userOf(viewer), viewer.twoFactorVerified);
  }

  /** Signs this session out: its token is refused from now on and its live connections close. */
  async logOut(viewer: Viewer): Promise<boolean> {
    if (!viewer.sessionId) return false;
    await this.database.transaction((transaction) => this.sessions.end(transaction, viewer, SessionEndedReason.SIGNED_OUT));
    return true;
  }

  /** Creates the first admin on an empty database; returns the password when it was generated. */
  async bootstrapAdmin(email: string, password: string): Promise<boolean> {
    return this.database.transaction(async ({ manager }) => {
      if ((await manager.count(User)) > 0) return false;
      const passwordHash = await hashPassword(password);
      await manager.save(
        manager.create(User, { id: randomUUID(), email: email.toLowerCase(), passwordHash, role: Role.ADMIN, displayName: 'Admin', twoFactorEnabled: false }),
      );
      return true;
    });
  }

  /** Accepts a code once: its time step must be newer than the last one accepted (atomic). */
  private async acceptTotp(user: User, code: string): Promise<boolean> {
    if (!user.twoFactorSecret) return false;
    const timeStep = await verifyTotp(user.twoFactorSecret, code);
    if (timeStep === null) return false;
    const result = await this.database.transaction(({ manager }) =>
      manager
        .createQueryBuilder()
        .update(User)
        .set({ lastTotpTimeStep: timeStep })
        .where('id = :id AND (lastTotpTimeStep IS NULL OR lastTotpTimeStep < :timeStep)', { id: user.id, timeStep })
        .execute(),
    );
    return result.affected === 1;
  }

  private async userOf(viewer: Viewer): Promise<User> {
    const user = await this.database.manager.findOneBy(User, { id: viewer.userId });
    if (!user) throw unauthenticated('This account no longer exists.');
    return user;
  }

  async payload(user: User, twoFactorVerified: boolean): Promise<AuthPayload> {
    const viewer = await this.viewerObject(user, twoFactorVerified);
    const { token, expiresAt } = await this.sessions.open(user, twoFactorVerified);
    return { token, expiresAt, viewer };
  }

  private async viewerObject(user: User, twoFactorVerified: boolean): Promise<ViewerObject> {
    const writer = user.role === Role.WRITER ? await this.database.manager.findOneBy(Writer, { userId: user.id }) : null;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      twoFactorEnabled: user.twoFactorEnabled,
      twoFactorVerified,
      writer,
    };
  }
}
