import { Role, type Viewer } from '../../identity/viewer';
import type { Database } from '../../db/database';
import { User } from '../../users/user.entity';
import type { Services } from '../services';
import type { Writer } from '../../writers/writer.entity';
import { OnboardingStatus } from '../../writers/onboarding-status';
import { demoTopUpKeyOf, demoTransferKeyOf } from '../../money-intents/idempotency-keys';

/** Funds added in the demo, in cents: two settled, one still on its way. */
export const DEMO_TOP_UPS = [
  { amount: 2_500_000, description: 'Q3 advertising revenue', statementDescriptor: 'ADS Q3', settle: true },
  { amount: 1_000_000, description: 'October advertising revenue', statementDescriptor: 'ADS OCT', settle: true },
  { amount: 500_000, description: 'November advertising revenue', statementDescriptor: 'ADS NOV', settle: false },
] as const;

/** Revenue shares paid to the active writers, in cents. */
export const DEMO_TRANSFER_AMOUNTS = [124_050, 86_000, 231_075, 41_520, 105_000] as const;

/** Demo money moves are the first admin's, as if they had used the console. */
async function demoActor(database: Database): Promise<Viewer> {
  const admin = await database.manager.findOneByOrFail(User, { role: Role.ADMIN });
  return { userId: admin.id, role: Role.ADMIN, twoFactorVerified: true, writerId: null };
}

export async function seedMoney(
  services: Services,
  database: Database,
  writers: Writer[],
  settleInSandbox: (stripeTopUpId: string) => Promise<void>,
): Promise<void> {
  const actor = await demoActor(database);
  for (const [index, demo] of DEMO_TOP_UPS.entries()) {
    const topUp = await services.money.topUps.create(
      {
        amount: demo.amount,
        currency: 'usd',
        description: demo.description,
        statementDescriptor: demo.statementDescriptor,
        idempotencyKey: demoTopUpKeyOf(index),
        source: 'btok_us_verified',
      },
      actor,
    );
    if (demo.settle && topUp.stripeTopUpId) await settleInSandbox(topUp.stripeTopUpId);
  }
  const payable = writers.filter((writer) => writer.onboardingStatus === OnboardingStatus.ACTIVE);
  const transfers = [];
  for (const [index, writer] of payable.entries()) {
    const amount = DEMO_TRANSFER_AMOUNTS[index % DEMO_TRANSFER_AMOUNTS.length]!;
    transfers.push(
      await services.money.transfers.create(
        { writerId: writer.id, amount, currency: 'usd', description: 'Revenue share for answers in October', idempotencyKey: demoTransferKeyOf(index) },
        actor,
      ),
    );
  }
  if (transfers[0]) {
    await services.money.transfers.reverse({ transferId: transfers[0].id, amount: 20_000, reason: 'Answer removed for plagiarism; share recalculated' }, actor);
  }
}
