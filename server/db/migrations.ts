import { UsersWritersWebhooks1795300000001 } from './migrations/0001-users-writers-webhooks';
import { Money1795300000002 } from './migrations/0002-money';
import { Sessions1795300000003 } from './migrations/0003-sessions';
import { Team1795300000004 } from './migrations/0004-team';
import { RecoveryCodes1795300000005 } from './migrations/0005-recovery-codes';
import { ApiKeys1795300000006 } from './migrations/0006-api-keys';
import { OAuth1795300000007 } from './migrations/0007-oauth';
import { EarningsLedger1795300000008 } from './migrations/0008-earnings-ledger';
import { PayoutRuns1795300000009 } from './migrations/0009-payout-runs';
import { Payouts1795300000010 } from './migrations/0010-payouts';
import { Payments1795300000011 } from './migrations/0011-payments';

// Every migration, oldest first. The schema only changes through these (never `synchronize`).
export const migrations: Function[] = [
  UsersWritersWebhooks1795300000001,
  Money1795300000002,
  Sessions1795300000003,
  Team1795300000004,
  RecoveryCodes1795300000005,
  ApiKeys1795300000006,
  OAuth1795300000007,
  EarningsLedger1795300000008,
  PayoutRuns1795300000009,
  Payouts1795300000010,
  Payments1795300000011,
];
