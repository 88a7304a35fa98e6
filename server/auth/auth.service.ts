import { randomUUID } from 'node:crypto';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/unique-violation';
import { AppError, ErrorCode, badUserInput, notFound, unauthenticated } from '../errors/errors';
import { User } from '../users/user.entity';
import type { WriterService } from '../writers/writer.service';
import { Writer } from '../writers/writer.entity';
import { PAYABLE_COUNTRIES } from '../writers/payable-countries';
import { OnboardingStatus } from '../writers/onboarding-status';
import type { AuthPayload, LogInInput, SignUpInput, TwoFactorEnrollment, ViewerObject, WriterInvite } from './auth.types';
import type { LoginThrottle } from './login-throttle';
import { UNKNOWN_USER_HASH, hashPassword, verifyPassword } from './passwords';
import type { SessionTokens } from './session-tokens';
import { SessionEndedReason } from './session.entity';
import type { SessionService } from './session.service';
import type { RecoveryCodes } from './recovery-codes';
import { newTotpSecret, totpUri, verifyTotp } from './totp';
import { Role, type Viewer } from '../identity/viewer';

const INVALID_CREDENTIALS = 'Email or password is incorrect.';

// Turning two-factor on takes a session opened this recently: a stolen, older session token
// cannot tie the account to someone else's authenticator.
const RECENT_SIGN_IN_SECONDS = 10 * 60;
const INVALID_INVITE = badUserInput('This invitation is not valid for this email, or it has expired; ask the platform for a new one.', 'inviteToken');

function requireRecentSignIn(viewer: Viewer, what: string): void {
  const issuedAt = viewer.sessionIssuedAt?.getTime() ?? 0;
  if (Date.now() - issuedAt > RECENT_SIGN_IN_SECONDS * 1000) {
    throw new AppError(ErrorCode.Forbidden, `Sign in again to ${what}: it needs a sign-in from the last 10 minutes.`, { reason: 'RECENT_SIGN_IN_REQUIRED' });
  }
}

export class AuthService {
  constructor(
    private readonly database: Database,
    private readonly tokens: SessionTokens,
    private readonly sessions: SessionService,
    private readonly recoveryCodes: RecoveryCodes,
    private readonly throttle: LoginThrottle,
    private readonly writers: WriterService,
    private readonly audit: AuditService,
    private readonly frontendUrl: string | undefined,
  ) {}

  async signUp(input: SignUpInput, clientAddress: string): Promise<AuthPayload> {
    await this.throttle.signUpAttempt(clientAddress);
    const email = input.email.trim().toLowerCase();
    const country = input.country.toUpperCase();
    if (!PAYABLE_COUNTRIES.has(country)) {
      throw badUserInput(`Writers in ${country} cannot be paid by this platform: Stripe transfers reach the US, Canada, the UK, the EEA and Switzerland.`, 'country');
    }
    const passwordHash = await hashPassword(input.password);
    const { user, writer } = await this.database.transaction(async ({ manager }) => {
      if (await manager.existsBy(User, { email })) throw badUserInput('An account with this email already exists; sign in instead.', 'email');
      const user = await manager.save(manager.create(User, { id: randomUUID(), email, passwordHash, role: Role.WRITER, displayName: input.displayName.trim(), twoFactorEnabled: false }));
      const known = await manager.findOneBy(Writer, { email });
      if (known) {
        this.checkInvite(known, input.inviteToken);
        await this.audit.record(manager, { actorUserId: user.id, action: AuditAction.WRITER_INVITE_ACCEPTED, subjectType: 'Writer', subjectId: known.id, details: { email } });
      } else if (input.inviteToken) {
        throw INVALID_INVITE;
      }
      const writer = known
        ? await manager.save(Object.assign(known, { userId: user.id }))
        : await manager.save(manager.create(Writer, { id: randomUUID(), userId: user.id, email, displayName: user.displayName, country, requirementsDue: [], onboardingStatus: OnboardingStatus.NOT_STARTED }));
      return { user, writer };
    }).catch((error: unknown) => {
      // Two sign-ups with one email at the same moment: the database's unique index decides.
      if (isUniqueViolation(error)) throw badUserInput('An account with this email already exists; sign in instead.', 'email');
      throw error;
    });
    await this.writers.ensureStripeAccountQuietly(writer.id);
    return this.payload(user, false);
  }

  /**
   * An invitation for a writer an admin added: signing up with the writer's email takes over
   * their record (and their Stripe account and transfers), so it needs this proof.
   */
  async invite(writerId: string, admin: Viewer): Promise<WriterInvite> {
    const writer = await this.database.transaction(async ({ manager }) => {
      const found = await manager.findOneBy(Writer, { id: writerId });
      if (!found) throw notFound('Writer', writerId);
      if (found.userId) throw badUserInput('This writer has already signed up.', 'writerId');
      await this.audit.record(manager, { actorUserId: admin.userId, action: AuditAction.WRITER_INVITED, subjectType: 'Writer', subjectId: found.id, details: { email: found.email } });
      return found;
    });
    const { token, expiresAt } = this.tokens.signInvite(writer.id, writer.email);
    const url = this.frontendUrl ? `${this.frontendUrl}/sign-up?${new URLSearchParams({ invite: token, email: writer.email }).toString()}` : null;
    return { token, url, expiresAt };
  }

  /** The writer record the platform added may be claimed only with its invitation. */
  private checkInvite(known: Writer, inviteToken: string | null | undefined): void {
    if (known.userId) throw badUserInput('An account with this email already exists; sign in instead.', 'email');
    if (!inviteToken) {
      throw badUserInput('The platform has already added a writer with this email: sign up through the invitation it sent you.', 'inviteToken');
    }
    const invite = this.tokens.verifyInvite(inviteToken);
    if (!invite || invite.writerId !== known.id || invite.email !== known.email) throw INVALID_INVITE;
  }

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
      await manager.save(manager.create(User, { id: randomUUID(), email: email.toLowerCase(), passwordHash, role: Role.ADMIN, displayName: 'Admin', twoFactorEnabled: false }));
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
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, twoFactorEnabled: user.twoFactorEnabled, twoFactorVerified, writer };
  }
}
