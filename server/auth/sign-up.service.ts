import { randomUUID } from 'node:crypto';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/unique-violation';
import { badUserInput } from '../errors/errors';
import { byIdOrNotFound } from '../graphql/reads';
import { Role, type Viewer } from '../identity/viewer';
import { User } from '../users/user.entity';
import { OnboardingStatus } from '../writers/onboarding-status';
import { PAYABLE_COUNTRIES } from '../writers/payable-countries';
import { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import type { AuthService } from './auth.service';
import type { AuthPayload, SignUpInput, WriterInvite } from './auth.types';
import type { LoginThrottle } from './login-throttle';
import { hashPassword } from './passwords';
import type { SessionTokens } from './session-tokens';

const INVALID_INVITE = badUserInput('This invitation is not valid for this email, or it has expired; ask the platform for a new one.', 'inviteToken');

/** Writers joining: signing up, alone or through the invitation for a record the platform added. */
export class SignUpService {
  constructor(
    private readonly database: Database,
    private readonly tokens: SessionTokens,
    private readonly throttle: LoginThrottle,
    private readonly writers: WriterService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly frontendUrl: string | undefined,
  ) {}

  async signUp(input: SignUpInput, clientAddress: string): Promise<AuthPayload> {
    await this.throttle.signUpAttempt(clientAddress);
    const email = input.email.trim().toLowerCase();
    const country = input.country.toUpperCase();
    if (!PAYABLE_COUNTRIES.has(country)) {
      throw badUserInput(
        `Writers in ${country} cannot be paid by this platform: Stripe transfers reach the US, Canada, the UK, the EEA and Switzerland.`,
        'country',
      );
    }
    const passwordHash = await hashPassword(input.password);
    const { user, writer } = await this.database
      .transaction(async ({ manager }) => {
        if (await manager.existsBy(User, { email })) throw badUserInput('An account with this email already exists; sign in instead.', 'email');
        const user = await manager.save(
          manager.create(User, { id: randomUUID(), email, passwordHash, role: Role.WRITER, displayName: input.displayName.trim(), twoFactorEnabled: false }),
        );
        const known = await manager.findOneBy(Writer, { email });
        if (known) {
          this.checkInvite(known, input.inviteToken);
          await this.audit.record(manager, {
            actorUserId: user.id,
            action: AuditAction.WRITER_INVITE_ACCEPTED,
            subjectType: 'Writer',
            subjectId: known.id,
            details: { email },
          });
        } else if (input.inviteToken) {
          throw INVALID_INVITE;
        }
        const writer = known
          ? await manager.save(Object.assign(known, { userId: user.id }))
          : await manager.save(
              manager.create(Writer, {
                id: randomUUID(),
                userId: user.id,
                email,
                displayName: user.displayName,
                country,
                requirementsDue: [],
                onboardingStatus: OnboardingStatus.NOT_STARTED,
              }),
            );
        return { user, writer };
      })
      .catch((error: unknown) => {
        // Two sign-ups with one email at the same moment: the database's unique index decides.
        if (isUniqueViolation(error)) throw badUserInput('An account with this email already exists; sign in instead.', 'email');
        throw error;
      });
    await this.writers.ensureStripeAccountQuietly(writer.id);
    return this.auth.payload(user, false);
  }

  /**
   * An invitation for a writer an admin added: signing up with the writer's email takes over
   * their record (and their Stripe account and transfers), so it needs this proof.
   */
  async invite(writerId: string, admin: Viewer): Promise<WriterInvite> {
    const writer = await this.database.transaction(async ({ manager }) => {
      const found = await byIdOrNotFound(manager, Writer, 'Writer', writerId);
      if (found.userId) throw badUserInput('This writer has already signed up.', 'writerId');
      await this.audit.recordAct(manager, admin, AuditAction.WRITER_INVITED, ['Writer', found.id], { email: found.email });
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
}
