import { registerEnumType } from 'type-graphql';

/**
 * The ledger's accounts. Entries are signed: debits positive, credits negative; every
 * transaction's entries sum to zero, so every currency's balances do too.
 *
 * - REVENUE_SHARE: the writers' share of revenue, debited when earnings are recorded (and
 *   credited back when a payout transfer is reversed);
 * - PLATFORM_CASH: the platform's own money sent to writers outside earnings (transfers typed
 *   in the console), debited when sent, credited when it comes back (failure, reversal);
 * - WRITER_PAYABLE (per writer): owed and not yet sent — credited by earnings;
 * - IN_TRANSIT (per writer): sent to Stripe, not yet confirmed;
 * - WRITER_PAID (per writer): confirmed by Stripe in the writer's balance.
 *
 * A payout item moves money WRITER_PAYABLE → IN_TRANSIT → WRITER_PAID; a failure moves it
 * back from IN_TRANSIT, a reversal from WRITER_PAID. Nothing is ever edited.
 */
export enum LedgerAccount {
  REVENUE_SHARE = 'REVENUE_SHARE',
  PLATFORM_CASH = 'PLATFORM_CASH',
  WRITER_PAYABLE = 'WRITER_PAYABLE',
  IN_TRANSIT = 'IN_TRANSIT',
  WRITER_PAID = 'WRITER_PAID',
}

registerEnumType(LedgerAccount, {
  name: 'LedgerAccount',
  description: 'A ledger account: REVENUE_SHARE and PLATFORM_CASH are the platform’s; WRITER_PAYABLE, IN_TRANSIT and WRITER_PAID are kept per writer.',
});

/** Accounts kept per writer: their entries carry the writer's id. */
export const WRITER_ACCOUNTS: readonly LedgerAccount[] = [LedgerAccount.WRITER_PAYABLE, LedgerAccount.IN_TRANSIT, LedgerAccount.WRITER_PAID];
