import type Stripe from 'stripe';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../identity/viewer';
import type { Database } from '../db/database';
import { AppError, ErrorCode, badUserInput } from '../errors/errors';
import { stripeFailure } from '../stripe/stripe-errors';
import { accountEndOf } from '../writers/account-end';
import type { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import { checkPayoutSchedule } from '../money/payout-schedule.rules';
import { stripeScheduleParams } from '../money/payout-schedule.stripe';
import type { UpdatePayoutScheduleInput } from './payout-schedule.types';

/**
 * A writer's payout schedule lives on their connected account (`settings.payouts.schedule`):
 * the gateway checks it as Stripe does, sends it, stores what Stripe answered and audits it.
 */
export class PayoutScheduleService {
  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly writers: WriterService,
    private readonly audit: AuditService,
  ) {}

  async update(input: UpdatePayoutScheduleInput, actor: Viewer): Promise<Writer> {
    const { schedule, problems } = checkPayoutSchedule(input);
    if (!schedule) {
      throw new AppError(ErrorCode.BadUserInput, `Invalid payout schedule: ${problems.map((problem) => problem.message).join('; ')}.`, {
        field: problems[0]?.field,
        fields: problems.map((problem) => ({ field: problem.field, messages: [problem.message] })),
      });
    }
    const writer = await this.writers.byId(input.writerId);
    if (!writer.stripeAccountId) throw badUserInput(`${writer.displayName} has no Stripe account yet, so there is no payout schedule to change.`, 'writerId');
    const ended = accountEndOf(writer);
    if (ended)
      throw new AppError(ErrorCode.Forbidden, `${writer.displayName}'s Stripe account can no longer be paid, so its payout schedule cannot be changed.`, {
        reason: ended,
        writerId: writer.id,
      });
    const before = writer.payoutSchedule;
    let account: Stripe.Account;
    try {
      account = await this.stripe.accounts.update(writer.stripeAccountId, { settings: { payouts: { schedule: stripeScheduleParams(schedule) } } });
    } catch (error) {
      throw stripeFailure(error, 'change the payout schedule');
    }
    const updated = await this.writers.applyAccount(account, Math.floor(Date.now() / 1000));
    await this.database.transaction(({ manager }) =>
      this.audit.record(manager, {
        actorUserId: actor.userId,
        action: AuditAction.PAYOUT_SCHEDULE_CHANGED,
        subjectType: 'Writer',
        subjectId: writer.id,
        details: { before: describe(before), after: describe(updated.payoutSchedule) },
      }),
    );
    return updated;
  }
}

function describe(schedule: Writer['payoutSchedule']): string | null {
  if (!schedule) return null;
  const anchor = schedule.weeklyAnchor ?? (schedule.monthlyAnchor !== null ? `day ${schedule.monthlyAnchor}` : null);
  return [schedule.interval, anchor, schedule.interval === 'manual' || schedule.delayDays === null ? null : `${schedule.delayDays} days delay`]
    .filter(Boolean)
    .join(', ');
}
