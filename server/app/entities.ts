import { AuditEntry } from '../audit/audit-entry.entity';
import { ApiKeyRecord } from '../auth/api-key.entity';
import { RecoveryCode } from '../auth/recovery-code.entity';
import { Session } from '../auth/session.entity';
import { IdempotencyRecord } from '../money-intents/idempotency-record.entity';
import { OAuthStateRecord } from '../oauth/oauth-state.entity';
import { Dispute } from '../payments/dispute.entity';
import { PaymentRefund } from '../payments/payment-refund.entity';
import { Payment } from '../payments/payment.entity';
import { Payout } from '../payouts/payout.entity';
import { OnboardingLinkRecord } from '../onboarding/onboarding-link.entity';
import { TeamInviteRecord } from '../team/team-invite.entity';
import { User } from '../users/user.entity';
import { TopUp } from '../topups/top-up.entity';
import { TransferReversal } from '../transfers/transfer-reversal.entity';
import { Transfer } from '../transfers/transfer.entity';
import { WebhookEvent } from '../webhooks/webhook-event.entity';
import { Writer } from '../writers/writer.entity';
import { Earning } from '../earnings/earning.entity';
import { EarningsImportRecord } from '../earnings/earnings-import.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { LedgerTransactionRecord } from '../ledger/ledger-transaction.entity';
import { PayoutItem } from '../payout-runs/payout-item.entity';
import { PayoutRun } from '../payout-runs/payout-run.entity';

// Every TypeORM entity of the gateway, listed once for the data source.
export const entities: Function[] = [
  User,
  Writer,
  OnboardingLinkRecord,
  WebhookEvent,
  TopUp,
  Transfer,
  TransferReversal,
  IdempotencyRecord,
  AuditEntry,
  Session,
  TeamInviteRecord,
  RecoveryCode,
  ApiKeyRecord,
  OAuthStateRecord,
  Payment,
  PaymentRefund,
  Dispute,
  Earning,
  EarningsImportRecord,
  LedgerTransactionRecord,
  LedgerEntry,
  PayoutRun,
  PayoutItem,
  Payout,
];
