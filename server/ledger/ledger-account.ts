import { describedEnum, type EnumValue } from '../graphql/described-enum';

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
 * - WRITER_PAID (per writer): confirmed by Stripe in the writer's balance;
 * - READER_PAYMENTS: what readers paid through Checkout (debited by a payment, credited by its refunds);
 * - APPLICATION_FEES: the platform's fee on readers' payments (credited by a payment, debited by a fee refund).
 *
 * A payout item moves money WRITER_PAYABLE → IN_TRANSIT → WRITER_PAID; a failure moves it
 * back from IN_TRANSIT, a reversal from WRITER_PAID. A reader's payment is a destination charge:
 * the writer's share lands in WRITER_PAID at once, the fee in APPLICATION_FEES; a refund takes back
 * what it reverses from each, and the platform's cash bears the rest. Nothing is ever edited.
 */
export const LedgerAccount = describedEnum(
  'LedgerAccount',
  'A ledger account: REVENUE_SHARE, PLATFORM_CASH, READER_PAYMENTS and APPLICATION_FEES are the platform’s; WRITER_PAYABLE, IN_TRANSIT and WRITER_PAID are kept per writer.',
  ['REVENUE_SHARE', 'PLATFORM_CASH', 'WRITER_PAYABLE', 'IN_TRANSIT', 'WRITER_PAID', 'READER_PAYMENTS', 'APPLICATION_FEES'],
);
export type LedgerAccount = EnumValue<typeof LedgerAccount>;

/** Accounts kept per writer: their entries carry the writer's id. */
export const WRITER_ACCOUNTS: readonly LedgerAccount[] = [LedgerAccount.WRITER_PAYABLE, LedgerAccount.IN_TRANSIT, LedgerAccount.WRITER_PAID];
