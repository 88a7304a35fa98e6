/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptTeamInviteInput = {
  /** Defaults to the name on the invitation. */
  displayName?: string | null | undefined;
  /** At least 10 characters, with a letter and a digit. */
  password: string;
  token: string;
};

/** How the writer's Stripe account was connected to the platform. */
export type AccountConnection =
  /** Created by the platform through the API. */
  | 'CREATED'
  /** Connected by the writer through Stripe OAuth; the platform can disconnect it (disconnectStripeAccount). */
  | 'OAUTH';

/** EARNINGS_WRITE reports earnings, WRITERS_READ reads writers, CHECKOUT_WRITE starts readers’ payments. */
export type ApiKeyScope =
  | 'CHECKOUT_WRITE'
  | 'EARNINGS_WRITE'
  | 'WRITERS_READ';

/** What an audit entry records. *_REQUESTED, WRITER_INVITED, WRITER_ACCOUNT_DISCONNECTED, PAYOUT_SCHEDULE_CHANGED, TEAM_*, API_KEY_*, EARNINGS_* and PAYOUT_RUN_* (but PAYOUT_RUN_COMPLETED) entries carry the person (or API key) who acted (TEAM_INVITE_ACCEPTED and WRITER_INVITE_ACCEPTED the one who joined, WRITER_ACCOUNT_CONNECTED and WRITER_ACCOUNT_CONNECTION_REFUSED the writer back from Stripe OAuth); the others come from Stripe or the recovery pass. */
export type AuditAction =
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'CHECKOUT_SESSION_CREATED'
  | 'EARNINGS_IMPORTED'
  | 'EARNINGS_RECORDED'
  | 'PAYMENT_DISPUTED'
  | 'PAYMENT_FAILED'
  | 'PAYMENT_REFUND_FAILED'
  | 'PAYMENT_REFUND_REQUESTED'
  | 'PAYMENT_REFUND_SUCCEEDED'
  | 'PAYMENT_SUCCEEDED'
  | 'PAYOUT_FAILED'
  | 'PAYOUT_RUN_APPROVED'
  | 'PAYOUT_RUN_CANCELED'
  | 'PAYOUT_RUN_COMPLETED'
  | 'PAYOUT_RUN_CREATED'
  | 'PAYOUT_RUN_EXECUTION_REQUESTED'
  | 'PAYOUT_RUN_RETRY_REQUESTED'
  | 'PAYOUT_SCHEDULE_CHANGED'
  | 'TEAM_INVITE_ACCEPTED'
  | 'TEAM_INVITE_REVOKED'
  | 'TEAM_MEMBER_INVITED'
  | 'TEAM_MEMBER_REMOVED'
  | 'TEAM_MEMBER_ROLE_CHANGED'
  | 'TOP_UP_CANCEL_REQUESTED'
  | 'TOP_UP_REQUESTED'
  | 'TOP_UP_UPDATED'
  | 'TRANSFER_FAILED'
  | 'TRANSFER_PAID'
  | 'TRANSFER_REQUESTED'
  | 'TRANSFER_REVERSAL_FAILED'
  | 'TRANSFER_REVERSAL_REQUESTED'
  | 'TRANSFER_REVERSAL_SUCCEEDED'
  | 'WRITER_ACCOUNT_CONNECTED'
  | 'WRITER_ACCOUNT_CONNECTION_REFUSED'
  | 'WRITER_ACCOUNT_DISCONNECTED'
  | 'WRITER_INVITED'
  | 'WRITER_INVITE_ACCEPTED';

export type CreateApiKeyInput = {
  name: string;
  scopes: Array<ApiKeyScope>;
};

/** A reader pays a writer for an answer: a Stripe Checkout Session whose charge goes to the writer, minus the platform's fee. */
export type CreateCheckoutSessionInput = {
  /** In minor units, within CHECKOUT_MIN_AMOUNT and CHECKOUT_MAX_AMOUNT. */
  amount: number;
  /** Where Stripe sends the reader who gives up. On the gateway or FRONTEND_URL. */
  cancelUrl: string;
  /** ISO 4217 code, e.g. usd. */
  currency: string;
  /** What the reader pays for, shown on the Checkout page (up to 200 characters). */
  description?: string | null | undefined;
  /** Your unique key for this purchase: a retry with the same key and input returns the same session. */
  idempotencyKey: string;
  /** Where Stripe sends the reader after paying; may contain {CHECKOUT_SESSION_ID}. On the gateway or FRONTEND_URL. */
  successUrl: string;
  writerId: string | number;
};

/** Drafts a run paying every writer owed at least minimumAmount in currency. */
export type CreatePayoutRunInput = {
  currency: string;
  /** Sent to Stripe with every transfer of the run. */
  description?: string | null | undefined;
  /** In minor units: writers owed less wait for a later run. */
  minimumAmount: number;
};

/** Adds funds to the platform balance from its bank account. */
export type CreateTopUpInput = {
  /** In minor units, 1 to 99999999. */
  amount: number;
  /** ISO 4217 code, e.g. usd. */
  currency: string;
  /** A note kept with the top-up and sent to Stripe (up to 200 characters). */
  description?: string | null | undefined;
  /** Your unique key for this request: a retry with the same key and input returns the same top-up. */
  idempotencyKey: string;
  /** The bank source to debit (a test bank token such as btok_us_verified in test mode); default: the platform's bank account. */
  source?: string | null | undefined;
  /** Shown on the bank statement, up to 15 characters (default "Top-up"). */
  statementDescriptor?: string | null | undefined;
};

/** Sends money from the platform's available balance to a writer. */
export type CreateTransferInput = {
  /** In minor units, 1 to 99999999. */
  amount: number;
  /** ISO 4217 code, e.g. usd; the platform must hold funds in it. */
  currency: string;
  /** A note kept with the transfer and sent to Stripe (up to 200 characters). */
  description?: string | null | undefined;
  /** Your unique key for this payment: a retry with the same key and input returns the same transfer and never pays twice. */
  idempotencyKey: string;
  writerId: string | number;
};

export type CreateWriterInput = {
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  displayName: string;
  email: string;
};

/** Stripe's dispute status. The platform settles destination charges, so it answers (and pays for) their disputes. */
export type DisputeStatus =
  | 'LOST'
  | 'NEEDS_RESPONSE'
  | 'PREVENTED'
  | 'UNDER_REVIEW'
  | 'WARNING_CLOSED'
  | 'WARNING_NEEDS_RESPONSE'
  | 'WARNING_UNDER_REVIEW'
  | 'WON';

/** A CSV of earnings: columns writer, amount or revenue, currency, period_start, period_end, reference (and optionally description). */
export type ImportEarningsInput = {
  /** The file’s text, at most about 90 kB per request (split larger files). */
  csv: string;
  /** Check every row and report, writing nothing. */
  dryRun: boolean;
};

export type InviteTeamMemberInput = {
  displayName: string;
  email: string;
  role: Role;
};

/** A ledger account: REVENUE_SHARE, PLATFORM_CASH, READER_PAYMENTS and APPLICATION_FEES are the platform’s; WRITER_PAYABLE, IN_TRANSIT and WRITER_PAID are kept per writer. */
export type LedgerAccount =
  | 'APPLICATION_FEES'
  | 'IN_TRANSIT'
  | 'PLATFORM_CASH'
  | 'READER_PAYMENTS'
  | 'REVENUE_SHARE'
  | 'WRITER_PAID'
  | 'WRITER_PAYABLE';

export type LogInInput = {
  email: string;
  /** The current 6-digit code, required once two-factor is on. */
  otp?: string | null | undefined;
  password: string;
  /** One of the recovery codes from confirmTwoFactor, instead of `otp` when the authenticator is lost; each works once. */
  recoveryCode?: string | null | undefined;
};

/** The kind of Stripe-hosted flow the link opens. */
export type OnboardingLinkType =
  /** Onboarding: collects what Stripe still needs, or lets a writer who already submitted review and update their details. */
  | 'ACCOUNT_ONBOARDING'
  /** Stripe’s update flow, which it offers only for accounts without a Stripe-hosted Dashboard. */
  | 'ACCOUNT_UPDATE';

/** Where a writer's Stripe onboarding stands, derived from their connected account. */
export type OnboardingStatus =
  /** Can receive transfers. */
  | 'ACTIVE'
  /** Onboarding started; Stripe still needs details from the writer. */
  | 'IN_PROGRESS'
  /** No onboarding link issued yet. */
  | 'NOT_STARTED'
  /** Details submitted; Stripe is verifying them. */
  | 'PENDING_VERIFICATION'
  /** Stripe rejected the account; it can never be paid. */
  | 'REJECTED'
  /** Stripe needs more information or has disabled the account; cannot be paid. */
  | 'RESTRICTED';

/** Where a reader's payment for an answer stands, as Stripe's webhooks report it (never the browser's return). */
export type PaymentStatus =
  /** The reader never paid and the Checkout Session expired. */
  | 'EXPIRED'
  /** The payment did not go through; nothing was collected. */
  | 'FAILED'
  /** The Checkout page is waiting for the reader. */
  | 'OPEN'
  /** Paid, then part of it was refunded to the reader. */
  | 'PARTIALLY_REFUNDED'
  /** The reader paid with a method that confirms later (async_payment_succeeded or _failed follows). */
  | 'PROCESSING'
  /** Paid, then all of it was refunded to the reader. */
  | 'REFUNDED'
  /** Paid: the writer's share is in their Stripe balance, the fee in the platform's. */
  | 'SUCCEEDED';

/** One writer’s item of a payout run. */
export type PayoutItemStatus =
  | 'FAILED'
  | 'HELD'
  | 'PAID'
  | 'PENDING';

/** DRAFT (created, awaiting approval by another member) → APPROVED → EXECUTING → COMPLETED or COMPLETED_WITH_FAILURES (retry sends the failed items again); DRAFT or APPROVED → CANCELED. */
export type PayoutRunStatus =
  | 'APPROVED'
  | 'CANCELED'
  | 'COMPLETED'
  | 'COMPLETED_WITH_FAILURES'
  | 'DRAFT'
  | 'EXECUTING';

/** Where a payout of a writer's Stripe balance to their bank stands, as Stripe reports it. */
export type PayoutStatus =
  /** Canceled before it left; the funds are back in the balance. */
  | 'CANCELED'
  /** The bank refused it; the funds are back in the writer’s Stripe balance (see failureCode). */
  | 'FAILED'
  /** Sent to the bank; it arrives on arrivalDate. */
  | 'IN_TRANSIT'
  /** Stripe expects it in the bank account (a bank may still return it: it then turns FAILED). */
  | 'PAID'
  /** Made; not yet sent to the bank. */
  | 'PENDING';

/** Records what a writer earned for a period; the same reference is recorded once. */
export type RecordEarningsInput = {
  /** The writer’s earning in minor units (after the revenue share). */
  amount: number;
  currency: string;
  description?: string | null | undefined;
  /** YYYY-MM-DD, not before periodStart */
  periodEnd: string;
  /** YYYY-MM-DD */
  periodStart: string;
  /** Your unique reference for this earning (up to 120 characters). */
  reference: string;
  writerId: string | number;
};

/** Returns part or all of a payment to the reader. */
export type RefundPaymentInput = {
  /** In minor units; omit to refund everything not yet refunded. */
  amount?: number | null | undefined;
  /** Your unique key for this refund: a retry with the same key and input refunds once. */
  idempotencyKey: string;
  paymentId: string | number;
  reason?: RefundReason | null | undefined;
  /** Give back the platform's application fee in proportion. */
  refundApplicationFee: boolean;
  /** Take the writer's share of the refund back from their account (a transfer reversal). */
  reverseTransfer: boolean;
};

/** Why the reader is refunded, in Stripe's terms. */
export type RefundReason =
  | 'DUPLICATE'
  | 'FRAUDULENT'
  | 'REQUESTED_BY_CUSTOMER';

/** Where a refund to the reader stands. */
export type RefundStatus =
  /** Canceled before it was returned. */
  | 'CANCELED'
  /** Stripe refused it or it failed; nothing was returned. */
  | 'FAILED'
  /** Recorded; Stripe has not confirmed it yet (a recovery pass finishes it with the same idempotency key). */
  | 'PENDING'
  /** Returned to the reader. */
  | 'SUCCEEDED';

/** Where a transfer reversal stands. */
export type ReversalStatus =
  /** Stripe refused it. */
  | 'FAILED'
  /** Recorded; Stripe has not confirmed it yet. */
  | 'PENDING'
  /** The amount is back in the platform balance. */
  | 'SUCCEEDED';

/** Takes back part or all of a paid transfer. */
export type ReverseTransferInput = {
  /** In minor units; omit to reverse everything not yet reversed. */
  amount?: number | null | undefined;
  /** Optional: a retry with the same key and input reverses once. */
  idempotencyKey?: string | null | undefined;
  /** Why, for the audit trail and Stripe. */
  reason?: string | null | undefined;
  transferId: string | number;
};

/** The team: ADMIN runs the platform and manages the team, FINANCE moves money, VIEWER reads only. WRITER is paid for their answers. */
export type Role =
  | 'ADMIN'
  | 'API_KEY'
  | 'FINANCE'
  | 'VIEWER'
  | 'WRITER';

export type SignUpInput = {
  /** ISO 3166-1 alpha-2 country code of the writer, such as US or DE. */
  country: string;
  displayName: string;
  email: string;
  /** The token from inviteWriter, when the platform already added this writer: it proves the email is theirs. */
  inviteToken?: string | null | undefined;
  /** At least 10 characters, with a letter and a digit. */
  password: string;
};

/** Where a top-up stands, as Stripe reports it. Settlement takes days on Stripe. */
export type TopUpStatus =
  /** Canceled before it settled. */
  | 'CANCELED'
  /** The bank debit failed; see failureCode. */
  | 'FAILED'
  /** The bank debit has not settled yet; it can still be canceled. */
  | 'PENDING'
  /** Settled, then taken back. */
  | 'REVERSED'
  /** The funds are in the platform balance. */
  | 'SUCCEEDED';

/** Where a transfer to a writer stands. */
export type TransferStatus =
  /** Stripe refused it; nothing was paid. */
  | 'FAILED'
  /** In the writer's Stripe balance. */
  | 'PAID'
  /** Part of it was taken back. */
  | 'PARTIALLY_REVERSED'
  /** Recorded; Stripe has not confirmed it yet (a recovery pass finishes it with the same idempotency key). */
  | 'PENDING'
  /** All of it was taken back. */
  | 'REVERSED';

/** A writer's payout schedule, checked as Stripe checks settings.payouts.schedule. */
export type UpdatePayoutScheduleInput = {
  /** Days funds wait after becoming available, 2 to 31; leave out for the shortest Stripe allows. */
  delayDays?: number | null | undefined;
  /** manual, daily, weekly or monthly. */
  interval: string;
  /** Monthly payouts only (and required for them): the day of the month, 1 to 31. */
  monthlyAnchor?: number | null | undefined;
  /** Weekly payouts only (and required for them): monday to sunday. */
  weeklyAnchor?: string | null | undefined;
  writerId: string | number;
};

export type EarningsImport_RecordMutationVariables = Exact<{
  input: RecordEarningsInput;
}>;


export type EarningsImport_RecordMutation = { recordEarnings: { id: string, reference: string, amount: { amount: number } } };

export type EarningsImport_CountQueryVariables = Exact<{
  id: string | number;
}>;


export type EarningsImport_CountQuery = { writer: { earnings: { totalCount: number } } };

export type Kit_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type Kit_SignUpMutation = { signUp: { token: string, viewer: { id: string, writer: { id: string, stripeAccountId: string | null, onboardingStatus: OnboardingStatus } | null } } };

export type Kit_LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type Kit_LogInMutation = { logIn: { token: string } };

export type Kit_EnrollTwoFactorMutationVariables = Exact<{ [key: string]: never; }>;


export type Kit_EnrollTwoFactorMutation = { enrollTwoFactor: { secret: string, otpauthUrl: string } };

export type Kit_ConfirmTwoFactorMutationVariables = Exact<{
  otp: string;
}>;


export type Kit_ConfirmTwoFactorMutation = { confirmTwoFactor: { token: string } };

export type Kit_WriterStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type Kit_WriterStatusQuery = { writer: { onboardingStatus: OnboardingStatus, stripeAccountId: string | null, requirementsDue: Array<string> } };

export type Kit_CreateOnboardingLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type Kit_CreateOnboardingLinkMutation = { createOnboardingLink: { id: string, url: string, type: OnboardingLinkType, expiresAt: string } };

export type Kit_InviteTeamMemberMutationVariables = Exact<{
  input: InviteTeamMemberInput;
}>;


export type Kit_InviteTeamMemberMutation = { inviteTeamMember: { token: string | null } };

export type Kit_AcceptTeamInviteMutationVariables = Exact<{
  input: AcceptTeamInviteInput;
}>;


export type Kit_AcceptTeamInviteMutation = { acceptTeamInvite: { token: string, viewer: { id: string } } };

export type Kit_CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Kit_CreateApiKeyMutation = { createApiKey: { secret: string } };

export type Kit_HeartbeatSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Kit_HeartbeatSubscription = { heartbeat: string };

export type Kit_TransferFragment = { id: string, stripeTransferId: string | null, writerId: string, status: TransferStatus, idempotencyKey: string, transferGroup: string, description: string | null, failureCode: string | null, failureMessage: string | null, createdAt: string, nextStates: Array<TransferStatus>, amount: { amount: number, currency: string, formatted: string }, amountReversed: { amount: number, currency: string, formatted: string }, reversibleAmount: { amount: number }, reversals: Array<{ id: string, stripeReversalId: string | null, status: ReversalStatus, reason: string | null, amount: { amount: number, currency: string }, createdBy: { displayName: string } | null }>, writer: { id: string, stripeAccountId: string | null }, createdBy: { id: string, displayName: string } | null };

export type Kit_TopUpFragment = { id: string, stripeTopUpId: string | null, status: TopUpStatus, description: string | null, statementDescriptor: string | null, expectedAvailabilityDate: string | null, failureCode: string | null, idempotencyKey: string, cancelable: boolean, nextStates: Array<TopUpStatus>, createdAt: string, amount: { amount: number, currency: string, formatted: string }, createdBy: { id: string, displayName: string } | null };

export type Kit_CreateTransferMutationVariables = Exact<{
  input: CreateTransferInput;
}>;


export type Kit_CreateTransferMutation = { createTransfer: { id: string, stripeTransferId: string | null, writerId: string, status: TransferStatus, idempotencyKey: string, transferGroup: string, description: string | null, failureCode: string | null, failureMessage: string | null, createdAt: string, nextStates: Array<TransferStatus>, amount: { amount: number, currency: string, formatted: string }, amountReversed: { amount: number, currency: string, formatted: string }, reversibleAmount: { amount: number }, reversals: Array<{ id: string, stripeReversalId: string | null, status: ReversalStatus, reason: string | null, amount: { amount: number, currency: string }, createdBy: { displayName: string } | null }>, writer: { id: string, stripeAccountId: string | null }, createdBy: { id: string, displayName: string } | null } };

export type Kit_ReverseTransferMutationVariables = Exact<{
  input: ReverseTransferInput;
}>;


export type Kit_ReverseTransferMutation = { reverseTransfer: { id: string, stripeTransferId: string | null, writerId: string, status: TransferStatus, idempotencyKey: string, transferGroup: string, description: string | null, failureCode: string | null, failureMessage: string | null, createdAt: string, nextStates: Array<TransferStatus>, amount: { amount: number, currency: string, formatted: string }, amountReversed: { amount: number, currency: string, formatted: string }, reversibleAmount: { amount: number }, reversals: Array<{ id: string, stripeReversalId: string | null, status: ReversalStatus, reason: string | null, amount: { amount: number, currency: string }, createdBy: { displayName: string } | null }>, writer: { id: string, stripeAccountId: string | null }, createdBy: { id: string, displayName: string } | null } };

export type Kit_CreateTopUpMutationVariables = Exact<{
  input: CreateTopUpInput;
}>;


export type Kit_CreateTopUpMutation = { createTopUp: { id: string, stripeTopUpId: string | null, status: TopUpStatus, description: string | null, statementDescriptor: string | null, expectedAvailabilityDate: string | null, failureCode: string | null, idempotencyKey: string, cancelable: boolean, nextStates: Array<TopUpStatus>, createdAt: string, amount: { amount: number, currency: string, formatted: string }, createdBy: { id: string, displayName: string } | null } };

export type Kit_CancelTopUpMutationVariables = Exact<{
  id: string | number;
}>;


export type Kit_CancelTopUpMutation = { cancelTopUp: { id: string, stripeTopUpId: string | null, status: TopUpStatus, description: string | null, statementDescriptor: string | null, expectedAvailabilityDate: string | null, failureCode: string | null, idempotencyKey: string, cancelable: boolean, nextStates: Array<TopUpStatus>, createdAt: string, amount: { amount: number, currency: string, formatted: string }, createdBy: { id: string, displayName: string } | null } };

export type Kit_TransferQueryVariables = Exact<{
  id: string | number;
}>;


export type Kit_TransferQuery = { transfer: { id: string, stripeTransferId: string | null, writerId: string, status: TransferStatus, idempotencyKey: string, transferGroup: string, description: string | null, failureCode: string | null, failureMessage: string | null, createdAt: string, nextStates: Array<TransferStatus>, amount: { amount: number, currency: string, formatted: string }, amountReversed: { amount: number, currency: string, formatted: string }, reversibleAmount: { amount: number }, reversals: Array<{ id: string, stripeReversalId: string | null, status: ReversalStatus, reason: string | null, amount: { amount: number, currency: string }, createdBy: { displayName: string } | null }>, writer: { id: string, stripeAccountId: string | null }, createdBy: { id: string, displayName: string } | null } };

export type Kit_TopUpUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Kit_TopUpUpdatedSubscription = { topUpUpdated: { id: string, stripeTopUpId: string | null, status: TopUpStatus, description: string | null, statementDescriptor: string | null, expectedAvailabilityDate: string | null, failureCode: string | null, idempotencyKey: string, cancelable: boolean, nextStates: Array<TopUpStatus>, createdAt: string, amount: { amount: number, currency: string, formatted: string }, createdBy: { id: string, displayName: string } | null } };

export type Kit_TransferUpdatedSubscriptionVariables = Exact<{
  writerId?: string | number | null | undefined;
}>;


export type Kit_TransferUpdatedSubscription = { transferUpdated: { id: string, stripeTransferId: string | null, writerId: string, status: TransferStatus, idempotencyKey: string, transferGroup: string, description: string | null, failureCode: string | null, failureMessage: string | null, createdAt: string, nextStates: Array<TransferStatus>, amount: { amount: number, currency: string, formatted: string }, amountReversed: { amount: number, currency: string, formatted: string }, reversibleAmount: { amount: number }, reversals: Array<{ id: string, stripeReversalId: string | null, status: ReversalStatus, reason: string | null, amount: { amount: number, currency: string }, createdBy: { displayName: string } | null }>, writer: { id: string, stripeAccountId: string | null }, createdBy: { id: string, displayName: string } | null } };

export type Kit_PlatformBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type Kit_PlatformBalanceQuery = { platformBalance: { warning: string | null, available: Array<{ amount: number, currency: string, formatted: string }>, pending: Array<{ amount: number, currency: string, formatted: string }>, payoutSchedule: { interval: string, delayDays: number | null } | null } };

export type Kit_TopUpStatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type Kit_TopUpStatusesQuery = { topUps: { nodes: Array<{ id: string, status: TopUpStatus }> } };

export type Kit_MoneyFootprintQueryVariables = Exact<{ [key: string]: never; }>;


export type Kit_MoneyFootprintQuery = { transfers: { totalCount: number }, topUps: { totalCount: number }, auditTrail: { totalCount: number } };

export type Kit_CreateOAuthLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type Kit_CreateOAuthLinkMutation = { createOAuthLink: { url: string, state: string, expiresAt: string } };

export type Kit_WriterAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type Kit_WriterAccountQuery = { writer: { id: string, stripeAccountId: string | null, accountConnection: AccountConnection, onboardingStatus: OnboardingStatus, deauthorized: boolean, canReceiveTransfers: boolean } };

export type Kit_PaymentFragment = { id: string, writerId: string, status: PaymentStatus, description: string | null, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, stripeChargeId: string | null, stripeTransferId: string | null, stripeApplicationFeeId: string | null, failureMessage: string | null, idempotencyKey: string, paidAt: string | null, createdAt: string, updatedAt: string, nextStates: Array<PaymentStatus>, amount: { amount: number, currency: string, formatted: string }, applicationFee: { amount: number, currency: string }, writerShare: { amount: number }, amountRefunded: { amount: number }, refundableAmount: { amount: number }, writer: { id: string, stripeAccountId: string | null }, refunds: Array<{ id: string, stripeRefundId: string | null, status: RefundStatus, reason: RefundReason | null, reverseTransfer: boolean, refundApplicationFee: boolean, amount: { amount: number } }>, disputes: Array<{ id: string, stripeDisputeId: string, status: DisputeStatus, reason: string, needsResponse: boolean, evidenceDueBy: string | null, amount: { amount: number, currency: string } }> };

export type Kit_CreateCheckoutSessionMutationVariables = Exact<{
  input: CreateCheckoutSessionInput;
}>;


export type Kit_CreateCheckoutSessionMutation = { createCheckoutSession: { id: string, url: string, expiresAt: string, payment: { id: string, writerId: string, status: PaymentStatus, description: string | null, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, stripeChargeId: string | null, stripeTransferId: string | null, stripeApplicationFeeId: string | null, failureMessage: string | null, idempotencyKey: string, paidAt: string | null, createdAt: string, updatedAt: string, nextStates: Array<PaymentStatus>, amount: { amount: number, currency: string, formatted: string }, applicationFee: { amount: number, currency: string }, writerShare: { amount: number }, amountRefunded: { amount: number }, refundableAmount: { amount: number }, writer: { id: string, stripeAccountId: string | null }, refunds: Array<{ id: string, stripeRefundId: string | null, status: RefundStatus, reason: RefundReason | null, reverseTransfer: boolean, refundApplicationFee: boolean, amount: { amount: number } }>, disputes: Array<{ id: string, stripeDisputeId: string, status: DisputeStatus, reason: string, needsResponse: boolean, evidenceDueBy: string | null, amount: { amount: number, currency: string } }> } } };

export type Kit_RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type Kit_RefundPaymentMutation = { refundPayment: { id: string, writerId: string, status: PaymentStatus, description: string | null, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, stripeChargeId: string | null, stripeTransferId: string | null, stripeApplicationFeeId: string | null, failureMessage: string | null, idempotencyKey: string, paidAt: string | null, createdAt: string, updatedAt: string, nextStates: Array<PaymentStatus>, amount: { amount: number, currency: string, formatted: string }, applicationFee: { amount: number, currency: string }, writerShare: { amount: number }, amountRefunded: { amount: number }, refundableAmount: { amount: number }, writer: { id: string, stripeAccountId: string | null }, refunds: Array<{ id: string, stripeRefundId: string | null, status: RefundStatus, reason: RefundReason | null, reverseTransfer: boolean, refundApplicationFee: boolean, amount: { amount: number } }>, disputes: Array<{ id: string, stripeDisputeId: string, status: DisputeStatus, reason: string, needsResponse: boolean, evidenceDueBy: string | null, amount: { amount: number, currency: string } }> } };

export type Kit_PaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type Kit_PaymentQuery = { payment: { id: string, writerId: string, status: PaymentStatus, description: string | null, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, stripeChargeId: string | null, stripeTransferId: string | null, stripeApplicationFeeId: string | null, failureMessage: string | null, idempotencyKey: string, paidAt: string | null, createdAt: string, updatedAt: string, nextStates: Array<PaymentStatus>, amount: { amount: number, currency: string, formatted: string }, applicationFee: { amount: number, currency: string }, writerShare: { amount: number }, amountRefunded: { amount: number }, refundableAmount: { amount: number }, writer: { id: string, stripeAccountId: string | null }, refunds: Array<{ id: string, stripeRefundId: string | null, status: RefundStatus, reason: RefundReason | null, reverseTransfer: boolean, refundApplicationFee: boolean, amount: { amount: number } }>, disputes: Array<{ id: string, stripeDisputeId: string, status: DisputeStatus, reason: string, needsResponse: boolean, evidenceDueBy: string | null, amount: { amount: number, currency: string } }> } };

export type Kit_PaymentUpdatedSubscriptionVariables = Exact<{
  writerId?: string | number | null | undefined;
}>;


export type Kit_PaymentUpdatedSubscription = { paymentUpdated: { id: string, writerId: string, status: PaymentStatus, description: string | null, stripeCheckoutSessionId: string | null, stripePaymentIntentId: string | null, stripeChargeId: string | null, stripeTransferId: string | null, stripeApplicationFeeId: string | null, failureMessage: string | null, idempotencyKey: string, paidAt: string | null, createdAt: string, updatedAt: string, nextStates: Array<PaymentStatus>, amount: { amount: number, currency: string, formatted: string }, applicationFee: { amount: number, currency: string }, writerShare: { amount: number }, amountRefunded: { amount: number }, refundableAmount: { amount: number }, writer: { id: string, stripeAccountId: string | null }, refunds: Array<{ id: string, stripeRefundId: string | null, status: RefundStatus, reason: RefundReason | null, reverseTransfer: boolean, refundApplicationFee: boolean, amount: { amount: number } }>, disputes: Array<{ id: string, stripeDisputeId: string, status: DisputeStatus, reason: string, needsResponse: boolean, evidenceDueBy: string | null, amount: { amount: number, currency: string } }> } };

export type Kit_PayoutRunFragment = { id: string, status: PayoutRunStatus, currency: string, description: string | null, itemCount: number, heldCount: number, nextStates: Array<PayoutRunStatus>, createdAt: string, approvedAt: string | null, completedAt: string | null, totalAmount: { amount: number, currency: string, formatted: string }, heldAmount: { amount: number }, shortfall: { amount: number, formatted: string }, minimumAmount: { amount: number }, createdBy: { id: string, displayName: string } | null, approvedBy: { id: string, displayName: string } | null, executedBy: { id: string, displayName: string } | null, progress: { itemsDone: number, itemsTotal: number, itemsFailed: number, amountSent: { amount: number } } };

export type Kit_PayoutItemFragment = { id: string, writerId: string, status: PayoutItemStatus, heldReason: string | null, failureMessage: string | null, transferId: string | null, amount: { amount: number, currency: string }, writer: { id: string, email: string }, transfer: { id: string, status: TransferStatus, transferGroup: string, stripeTransferId: string | null } | null };

export type Kit_ImportEarningsMutationVariables = Exact<{
  input: ImportEarningsInput;
}>;


export type Kit_ImportEarningsMutation = { importEarnings: { id: string, dryRun: boolean, rowsTotal: number, rowsAccepted: number, rowsAlreadyRecorded: number, totalAmount: { amount: number, currency: string } | null, rejected: Array<{ row: number, reason: string }> } };

export type Kit_CreatePayoutRunMutationVariables = Exact<{
  input: CreatePayoutRunInput;
}>;


export type Kit_CreatePayoutRunMutation = { createPayoutRun: { id: string, status: PayoutRunStatus, currency: string, description: string | null, itemCount: number, heldCount: number, nextStates: Array<PayoutRunStatus>, createdAt: string, approvedAt: string | null, completedAt: string | null, totalAmount: { amount: number, currency: string, formatted: string }, heldAmount: { amount: number }, shortfall: { amount: number, formatted: string }, minimumAmount: { amount: number }, createdBy: { id: string, displayName: string } | null, approvedBy: { id: string, displayName: string } | null, executedBy: { id: string, displayName: string } | null, progress: { itemsDone: number, itemsTotal: number, itemsFailed: number, amountSent: { amount: number } } } };

export type Kit_ApprovePayoutRunMutationVariables = Exact<{
  id: string | number;
}>;


export type Kit_ApprovePayoutRunMutation = { approvePayoutRun: { id: string, status: PayoutRunStatus, currency: string, description: string | null, itemCount: number, heldCount: number, nextStates: Array<PayoutRunStatus>, createdAt: string, approvedAt: string | null, completedAt: string | null, totalAmount: { amount: number, currency: string, formatted: string }, heldAmount: { amount: number }, shortfall: { amount: number, formatted: string }, minimumAmount: { amount: number }, createdBy: { id: string, displayName: string } | null, approvedBy: { id: string, displayName: string } | null, executedBy: { id: string, displayName: string } | null, progress: { itemsDone: number, itemsTotal: number, itemsFailed: number, amountSent: { amount: number } } } };

export type Kit_ExecutePayoutRunMutationVariables = Exact<{
  id: string | number;
}>;


export type Kit_ExecutePayoutRunMutation = { executePayoutRun: { id: string, status: PayoutRunStatus, currency: string, description: string | null, itemCount: number, heldCount: number, nextStates: Array<PayoutRunStatus>, createdAt: string, approvedAt: string | null, completedAt: string | null, totalAmount: { amount: number, currency: string, formatted: string }, heldAmount: { amount: number }, shortfall: { amount: number, formatted: string }, minimumAmount: { amount: number }, createdBy: { id: string, displayName: string } | null, approvedBy: { id: string, displayName: string } | null, executedBy: { id: string, displayName: string } | null, progress: { itemsDone: number, itemsTotal: number, itemsFailed: number, amountSent: { amount: number } } } };

export type Kit_PayoutRunQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  status?: PayoutItemStatus | null | undefined;
}>;


export type Kit_PayoutRunQuery = { payoutRun: { id: string, status: PayoutRunStatus, currency: string, description: string | null, itemCount: number, heldCount: number, nextStates: Array<PayoutRunStatus>, createdAt: string, approvedAt: string | null, completedAt: string | null, items: { totalCount: number, nodes: Array<{ id: string, writerId: string, status: PayoutItemStatus, heldReason: string | null, failureMessage: string | null, transferId: string | null, amount: { amount: number, currency: string }, writer: { id: string, email: string }, transfer: { id: string, status: TransferStatus, transferGroup: string, stripeTransferId: string | null } | null }> }, totalAmount: { amount: number, currency: string, formatted: string }, heldAmount: { amount: number }, shortfall: { amount: number, formatted: string }, minimumAmount: { amount: number }, createdBy: { id: string, displayName: string } | null, approvedBy: { id: string, displayName: string } | null, executedBy: { id: string, displayName: string } | null, progress: { itemsDone: number, itemsTotal: number, itemsFailed: number, amountSent: { amount: number } } } };

export type Kit_LedgerBalancesQueryVariables = Exact<{ [key: string]: never; }>;


export type Kit_LedgerBalancesQuery = { ledgerBalances: Array<{ account: LedgerAccount, currency: string, balance: { amount: number } }> };

export type Kit_CreateWriterMutationVariables = Exact<{
  input: CreateWriterInput;
}>;


export type Kit_CreateWriterMutation = { createWriter: { id: string, stripeAccountId: string | null } };

export type Kit_SyncWriterMutationVariables = Exact<{
  id: string | number;
}>;


export type Kit_SyncWriterMutation = { syncWriter: { onboardingStatus: OnboardingStatus } };

export type Kit_PayoutFragment = { id: string, stripePayoutId: string, status: PayoutStatus, arrivalDate: string, failureCode: string | null, failureMessage: string | null, bankLast4: string | null, automatic: boolean, whatToDo: string | null, createdAt: string, amount: { amount: number, currency: string, formatted: string } };

export type Kit_WriterPayoutsQueryVariables = Exact<{
  id: string | number;
}>;


export type Kit_WriterPayoutsQuery = { writer: { id: string, balance: { available: Array<{ amount: number, currency: string }>, pending: Array<{ amount: number, currency: string }> } | null, payoutSchedule: { interval: string, delayDays: number | null, weeklyAnchor: string | null, monthlyAnchor: number | null } | null, payouts: { totalCount: number, nodes: Array<{ id: string, stripePayoutId: string, status: PayoutStatus, arrivalDate: string, failureCode: string | null, failureMessage: string | null, bankLast4: string | null, automatic: boolean, whatToDo: string | null, createdAt: string, amount: { amount: number, currency: string, formatted: string } }> } } };

export type Kit_PayoutUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type Kit_PayoutUpdatedSubscription = { payoutUpdated: { id: string, stripePayoutId: string, status: PayoutStatus, arrivalDate: string, failureCode: string | null, failureMessage: string | null, bankLast4: string | null, automatic: boolean, whatToDo: string | null, createdAt: string, amount: { amount: number, currency: string, formatted: string } } };

export type Kit_UpdatePayoutScheduleMutationVariables = Exact<{
  input: UpdatePayoutScheduleInput;
}>;


export type Kit_UpdatePayoutScheduleMutation = { updatePayoutSchedule: { id: string, payoutSchedule: { interval: string, delayDays: number | null, weeklyAnchor: string | null, monthlyAnchor: number | null } | null } };

export type MoneyActivity_DaysQueryVariables = Exact<{
  currency: string;
  days?: number | null | undefined;
  timeZone?: string | null | undefined;
}>;


export type MoneyActivity_DaysQuery = { moneyActivity: Array<{ date: string, toppedUp: { amount: number, currency: string, formatted: string }, transferred: { amount: number }, reversed: { amount: number } }> };

export type MoneyProperty_ReversibleQueryVariables = Exact<{
  id: string | number;
}>;


export type MoneyProperty_ReversibleQuery = { transfer: { status: TransferStatus, reversibleAmount: { amount: number } } };

export type MoneyProperty_ReversedQueryVariables = Exact<{
  id: string | number;
}>;


export type MoneyProperty_ReversedQuery = { transfer: { status: TransferStatus, amountReversed: { amount: number } } };

export type MoneyProperty_TransfersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MoneyProperty_TransfersQuery = { transfers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: TransferStatus, idempotencyKey: string, transferGroup: string, stripeTransferId: string | null, amount: { amount: number }, amountReversed: { amount: number }, reversals: Array<{ status: ReversalStatus, amount: { amount: number } }> }> } };

export type MoneyStory_WriterTransferUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MoneyStory_WriterTransferUpdatedSubscription = { transferUpdated: { id: string, status: TransferStatus, amountReversed: { amount: number } } };

export type MoneyStory_OwnTransfersQueryVariables = Exact<{
  id: string | number;
}>;


export type MoneyStory_OwnTransfersQuery = { writer: { transfers: { totalCount: number, nodes: Array<{ id: string, status: TransferStatus }> } } };

export type MoneyStory_AuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type MoneyStory_AuditTrailQuery = { auditTrail: { nodes: Array<{ action: AuditAction, actor: { displayName: string } | null, amount: { amount: number } | null }> } };

export type MoneyStory_FailedTopUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type MoneyStory_FailedTopUpsQuery = { topUps: { nodes: Array<{ id: string, failureCode: string | null }> } };

export type OAuthDisconnect_DisconnectMutationVariables = Exact<{
  id: string | number;
}>;


export type OAuthDisconnect_DisconnectMutation = { disconnectStripeAccount: { id: string, deauthorized: boolean, onboardingStatus: OnboardingStatus, canReceiveTransfers: boolean, accountConnection: AccountConnection } };

export type OAuthDisconnect_AuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type OAuthDisconnect_AuditTrailQuery = { auditTrail: { nodes: Array<{ action: AuditAction, details: unknown }> } };

export type OAuthStory_StatusChangedSubscriptionVariables = Exact<{
  writerId?: string | number | null | undefined;
}>;


export type OAuthStory_StatusChangedSubscription = { onboardingStatusChanged: { id: string, stripeAccountId: string | null, accountConnection: AccountConnection, onboardingStatus: OnboardingStatus } };

export type OAuthStory_AuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type OAuthStory_AuditTrailQuery = { auditTrail: { nodes: Array<{ action: AuditAction, details: unknown, actor: { id: string } | null }> } };

export type OAuthStory_LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type OAuthStory_LogOutMutation = { logOut: boolean };

export type DashboardLink_CreateDashboardLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardLink_CreateDashboardLinkMutation = { createDashboardLink: { url: string, createdAt: string } };

export type OnboardingStory_LinksQueryVariables = Exact<{
  id: string | number;
}>;


export type OnboardingStory_LinksQuery = { writer: { onboardingLinks: Array<{ id: string, type: OnboardingLinkType, createdAt: string, expiresAt: string }> } };

export type OnboardingStory_StatusChangedSubscriptionVariables = Exact<{
  writerId?: string | number | null | undefined;
}>;


export type OnboardingStory_StatusChangedSubscription = { onboardingStatusChanged: { id: string, onboardingStatus: OnboardingStatus, requirementsDue: Array<string> } };

export type SignIn_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignIn_SignUpMutation = { signUp: { token: string } };

export type SignIn_LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type SignIn_LogInMutation = { logIn: { token: string, viewer: { role: Role, twoFactorEnabled: boolean, twoFactorVerified: boolean } } };

export type SignIn_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SignIn_ViewerQuery = { viewer: { id: string, email: string, role: Role, writer: { id: string } | null } | null };

export type SignIn_CreateOnboardingLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type SignIn_CreateOnboardingLinkMutation = { createOnboardingLink: { url: string } };

export type SignIn_WritersMatchingQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type SignIn_WritersMatchingQuery = { writers: { totalCount: number } };

export type SignIn_WriterQueryVariables = Exact<{
  id: string | number;
}>;


export type SignIn_WriterQuery = { writer: { id: string } };

export type SignIn_WriterCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SignIn_WriterCountQuery = { writers: { totalCount: number } };

export type SignIn_EnrollSecretMutationVariables = Exact<{ [key: string]: never; }>;


export type SignIn_EnrollSecretMutation = { enrollTwoFactor: { secret: string } };

export type SignIn_EnrollTwoFactorMutationVariables = Exact<{ [key: string]: never; }>;


export type SignIn_EnrollTwoFactorMutation = { enrollTwoFactor: { secret: string, otpauthUrl: string } };

export type SignIn_ConfirmWrongCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type SignIn_ConfirmWrongCodeMutation = { confirmTwoFactor: { token: string } };

export type SignIn_ConfirmTwoFactorMutationVariables = Exact<{
  otp: string;
}>;


export type SignIn_ConfirmTwoFactorMutation = { confirmTwoFactor: { viewer: { twoFactorEnabled: boolean, twoFactorVerified: boolean } } };

export type WriterInput_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type WriterInput_SignUpMutation = { signUp: { viewer: { displayName: string, writer: { displayName: string, email: string } | null } } };

export type WriterInput_CreateWriterMutationVariables = Exact<{
  input: CreateWriterInput;
}>;


export type WriterInput_CreateWriterMutation = { createWriter: { id: string, displayName: string, email: string, country: string } };

export type WriterInput_SearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type WriterInput_SearchQuery = { writers: { nodes: Array<{ displayName: string }> } };

export type WriterInput_WritersQueryVariables = Exact<{ [key: string]: never; }>;


export type WriterInput_WritersQuery = { writers: { totalCount: number } };

export type WriterInvite_CreateWriterMutationVariables = Exact<{
  input: CreateWriterInput;
}>;


export type WriterInvite_CreateWriterMutation = { createWriter: { id: string, signedUp: boolean, stripeAccountId: string | null } };

export type WriterInvite_InviteMutationVariables = Exact<{
  id: string | number;
}>;


export type WriterInvite_InviteMutation = { inviteWriter: { token: string, url: string | null, expiresAt: string } };

export type WriterInvite_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type WriterInvite_SignUpMutation = { signUp: { token: string, viewer: { role: Role, writer: { id: string, email: string, signedUp: boolean, stripeAccountId: string | null } | null } } };

export type WriterInvite_SignedUpQueryVariables = Exact<{
  id: string | number;
}>;


export type WriterInvite_SignedUpQuery = { writer: { signedUp: boolean } };

export type WriterInvite_AuditTrailQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type WriterInvite_AuditTrailQuery = { auditTrail: { nodes: Array<{ action: AuditAction, subjectType: string, actor: { displayName: string } | null }> } };

export type CheckoutOutcomes_AuditActionsQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type CheckoutOutcomes_AuditActionsQuery = { auditTrail: { nodes: Array<{ action: AuditAction }> } };

export type CheckoutOutcomes_PaymentUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CheckoutOutcomes_PaymentUpdatedSubscription = { paymentUpdated: { id: string, status: PaymentStatus, disputes: Array<{ stripeDisputeId: string, status: DisputeStatus, reason: string, needsResponse: boolean, evidenceDueBy: string | null, amount: { amount: number } }> } };

export type CheckoutOutcomes_DisputesQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutOutcomes_DisputesQuery = { disputesNeedingResponse: Array<{ stripeDisputeId: string, evidenceDueBy: string | null }> };

export type CheckoutStory_OwnPaymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutStory_OwnPaymentsQuery = { payments: { nodes: Array<{ id: string, status: PaymentStatus }> } };

export type CheckoutStory_PaymentCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutStory_PaymentCountQuery = { payments: { totalCount: number } };

export type CheckoutStory_PaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type CheckoutStory_PaymentQuery = { payment: { id: string } };

export type Ledger_WriterBalancesQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type Ledger_WriterBalancesQuery = { ledgerBalances: Array<{ account: LedgerAccount, balance: { amount: number } }> };

export type PayoutRunStory_GraceViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PayoutRunStory_GraceViewQuery = { writer: { payableBalance: Array<{ amount: number, currency: string }>, earnings: { totalCount: number, nodes: Array<{ reference: string, amount: { amount: number }, revenue: { amount: number } | null }> } } };

export type PayoutRunStory_KatherineViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PayoutRunStory_KatherineViewQuery = { writer: { payableBalance: Array<{ amount: number }>, payoutItems: { nodes: Array<{ status: PayoutItemStatus, runId: string, amount: { amount: number } }> } } };

export type PayoutSchedule_AuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type PayoutSchedule_AuditTrailQuery = { auditTrail: { nodes: Array<{ action: AuditAction, details: unknown, actor: { id: string } | null }> } };

export type PayoutSchedule_TopUpCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PayoutSchedule_TopUpCountQuery = { topUps: { totalCount: number } };

export type PayoutWebhooks_SyncWriterMutationVariables = Exact<{
  id: string | number;
}>;


export type PayoutWebhooks_SyncWriterMutation = { syncWriter: { id: string } };

export type PayoutsStory_OverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type PayoutsStory_OverviewQuery = { payouts: { totalCount: number, nodes: Array<{ stripePayoutId: string, writer: { id: string } }> }, auditTrail: { nodes: Array<{ action: AuditAction, details: unknown, amount: { amount: number } | null }> } };

export type Postgres_MoneyActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type Postgres_MoneyActivityQuery = { moneyActivity: Array<{ date: string, toppedUp: { amount: number }, transferred: { amount: number } }> };

export type Postgres_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type Postgres_SignUpMutation = { signUp: { token: string } };

export type Redis_StatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Redis_StatusChangedSubscription = { onboardingStatusChanged: { id: string, onboardingStatus: OnboardingStatus, requirementsDue: Array<string>, canReceiveTransfers: boolean, createdAt: string } };

export type Redis_WriterStatusChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type Redis_WriterStatusChangedSubscription = { onboardingStatusChanged: { id: string } };

export type Redis_LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type Redis_LogInMutation = { logIn: { token: string } };

export type Redis_LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type Redis_LogOutMutation = { logOut: boolean };

export const Kit_TransferFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Transfer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"transferGroup"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversibleAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeReversalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_TransferFragment, unknown>;
export const Kit_TopUpFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_TopUp"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTopUpId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAvailabilityDate"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_TopUpFragment, unknown>;
export const Kit_PaymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Payment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stripeCheckoutSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"stripePaymentIntentId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeChargeId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeApplicationFeeId"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writerShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverseTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"refundApplicationFee"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeDisputeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"needsResponse"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_PaymentFragment, unknown>;
export const Kit_PayoutRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_PayoutRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"itemsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"amountSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_PayoutRunFragment, unknown>;
export const Kit_PayoutItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_PayoutItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferGroup"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}}]}}]}}]} as unknown as DocumentNode<Kit_PayoutItemFragment, unknown>;
export const Kit_PayoutFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Payout"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripePayoutId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"bankLast4"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"whatToDo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]} as unknown as DocumentNode<Kit_PayoutFragment, unknown>;
export const EarningsImport_RecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EarningsImport_Record"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEarningsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<EarningsImport_RecordMutation, EarningsImport_RecordMutationVariables>;
export const EarningsImport_CountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EarningsImport_Count"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<EarningsImport_CountQuery, EarningsImport_CountQueryVariables>;
export const Kit_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Kit_SignUpMutation, Kit_SignUpMutationVariables>;
export const Kit_LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Kit_LogInMutation, Kit_LogInMutationVariables>;
export const Kit_EnrollTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_EnrollTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUrl"}}]}}]}}]} as unknown as DocumentNode<Kit_EnrollTwoFactorMutation, Kit_EnrollTwoFactorMutationVariables>;
export const Kit_ConfirmTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_ConfirmTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"otp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Kit_ConfirmTwoFactorMutation, Kit_ConfirmTwoFactorMutationVariables>;
export const Kit_WriterStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_WriterStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsDue"}}]}}]}}]} as unknown as DocumentNode<Kit_WriterStatusQuery, Kit_WriterStatusQueryVariables>;
export const Kit_CreateOnboardingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreateOnboardingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOnboardingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<Kit_CreateOnboardingLinkMutation, Kit_CreateOnboardingLinkMutationVariables>;
export const Kit_InviteTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_InviteTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Kit_InviteTeamMemberMutation, Kit_InviteTeamMemberMutationVariables>;
export const Kit_AcceptTeamInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_AcceptTeamInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptTeamInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTeamInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_AcceptTeamInviteMutation, Kit_AcceptTeamInviteMutationVariables>;
export const Kit_CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<Kit_CreateApiKeyMutation, Kit_CreateApiKeyMutationVariables>;
export const Kit_HeartbeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Kit_Heartbeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heartbeat"}}]}}]} as unknown as DocumentNode<Kit_HeartbeatSubscription, Kit_HeartbeatSubscriptionVariables>;
export const Kit_CreateTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreateTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Transfer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Transfer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"transferGroup"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversibleAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeReversalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_CreateTransferMutation, Kit_CreateTransferMutationVariables>;
export const Kit_ReverseTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_ReverseTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Transfer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Transfer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"transferGroup"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversibleAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeReversalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_ReverseTransferMutation, Kit_ReverseTransferMutationVariables>;
export const Kit_CreateTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreateTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTopUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_TopUp"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_TopUp"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTopUpId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAvailabilityDate"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_CreateTopUpMutation, Kit_CreateTopUpMutationVariables>;
export const Kit_CancelTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CancelTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_TopUp"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_TopUp"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTopUpId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAvailabilityDate"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_CancelTopUpMutation, Kit_CancelTopUpMutationVariables>;
export const Kit_TransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_Transfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Transfer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Transfer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"transferGroup"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversibleAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeReversalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_TransferQuery, Kit_TransferQueryVariables>;
export const Kit_TopUpUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Kit_TopUpUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUpUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_TopUp"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_TopUp"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTopUpId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAvailabilityDate"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_TopUpUpdatedSubscription, Kit_TopUpUpdatedSubscriptionVariables>;
export const Kit_TransferUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Kit_TransferUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"writerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"writerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Transfer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Transfer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"transferGroup"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversibleAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeReversalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<Kit_TransferUpdatedSubscription, Kit_TransferUpdatedSubscriptionVariables>;
export const Kit_PlatformBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_PlatformBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}}]}}]} as unknown as DocumentNode<Kit_PlatformBalanceQuery, Kit_PlatformBalanceQueryVariables>;
export const Kit_TopUpStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_TopUpStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_TopUpStatusesQuery, Kit_TopUpStatusesQueryVariables>;
export const Kit_MoneyFootprintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_MoneyFootprint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<Kit_MoneyFootprintQuery, Kit_MoneyFootprintQueryVariables>;
export const Kit_CreateOAuthLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreateOAuthLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOAuthLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<Kit_CreateOAuthLinkMutation, Kit_CreateOAuthLinkMutationVariables>;
export const Kit_WriterAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_WriterAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountConnection"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deauthorized"}},{"kind":"Field","name":{"kind":"Name","value":"canReceiveTransfers"}}]}}]}}]} as unknown as DocumentNode<Kit_WriterAccountQuery, Kit_WriterAccountQueryVariables>;
export const Kit_CreateCheckoutSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreateCheckoutSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCheckoutSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCheckoutSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Payment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Payment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stripeCheckoutSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"stripePaymentIntentId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeChargeId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeApplicationFeeId"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writerShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverseTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"refundApplicationFee"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeDisputeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"needsResponse"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_CreateCheckoutSessionMutation, Kit_CreateCheckoutSessionMutationVariables>;
export const Kit_RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Payment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Payment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stripeCheckoutSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"stripePaymentIntentId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeChargeId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeApplicationFeeId"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writerShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverseTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"refundApplicationFee"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeDisputeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"needsResponse"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_RefundPaymentMutation, Kit_RefundPaymentMutationVariables>;
export const Kit_PaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_Payment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Payment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Payment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stripeCheckoutSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"stripePaymentIntentId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeChargeId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeApplicationFeeId"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writerShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverseTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"refundApplicationFee"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeDisputeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"needsResponse"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_PaymentQuery, Kit_PaymentQueryVariables>;
export const Kit_PaymentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Kit_PaymentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"writerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"writerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Payment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Payment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"stripeCheckoutSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"stripePaymentIntentId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeChargeId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"stripeApplicationFeeId"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writerShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountRefunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reverseTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"refundApplicationFee"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeDisputeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"needsResponse"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_PaymentUpdatedSubscription, Kit_PaymentUpdatedSubscriptionVariables>;
export const Kit_ImportEarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_ImportEarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEarningsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAlreadyRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_ImportEarningsMutation, Kit_ImportEarningsMutationVariables>;
export const Kit_CreatePayoutRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreatePayoutRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePayoutRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPayoutRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_PayoutRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_PayoutRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"itemsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"amountSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_CreatePayoutRunMutation, Kit_CreatePayoutRunMutationVariables>;
export const Kit_ApprovePayoutRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_ApprovePayoutRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePayoutRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_PayoutRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_PayoutRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"itemsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"amountSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_ApprovePayoutRunMutation, Kit_ApprovePayoutRunMutationVariables>;
export const Kit_ExecutePayoutRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_ExecutePayoutRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executePayoutRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_PayoutRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_PayoutRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"itemsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"amountSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_ExecutePayoutRunMutation, Kit_ExecutePayoutRunMutationVariables>;
export const Kit_PayoutRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_PayoutRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutItemStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_PayoutRun"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_PayoutItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_PayoutRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextStates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"itemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"itemsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"amountSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_PayoutItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferGroup"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}}]}}]}}]} as unknown as DocumentNode<Kit_PayoutRunQuery, Kit_PayoutRunQueryVariables>;
export const Kit_LedgerBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_LedgerBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerBalances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_LedgerBalancesQuery, Kit_LedgerBalancesQueryVariables>;
export const Kit_CreateWriterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreateWriter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWriterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWriter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}}]}}]} as unknown as DocumentNode<Kit_CreateWriterMutation, Kit_CreateWriterMutationVariables>;
export const Kit_SyncWriterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_SyncWriter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWriter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}}]}}]}}]} as unknown as DocumentNode<Kit_SyncWriterMutation, Kit_SyncWriterMutationVariables>;
export const Kit_WriterPayoutsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_WriterPayouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAnchor"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAnchor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Payout"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Payout"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripePayoutId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"bankLast4"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"whatToDo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]} as unknown as DocumentNode<Kit_WriterPayoutsQuery, Kit_WriterPayoutsQueryVariables>;
export const Kit_PayoutUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Kit_PayoutUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Kit_Payout"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Kit_Payout"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripePayoutId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"bankLast4"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"whatToDo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]} as unknown as DocumentNode<Kit_PayoutUpdatedSubscription, Kit_PayoutUpdatedSubscriptionVariables>;
export const Kit_UpdatePayoutScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_UpdatePayoutSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePayoutScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePayoutSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payoutSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyAnchor"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAnchor"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_UpdatePayoutScheduleMutation, Kit_UpdatePayoutScheduleMutationVariables>;
export const MoneyActivity_DaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyActivity_Days"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moneyActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"toppedUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<MoneyActivity_DaysQuery, MoneyActivity_DaysQueryVariables>;
export const MoneyProperty_ReversibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyProperty_Reversible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversibleAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<MoneyProperty_ReversibleQuery, MoneyProperty_ReversibleQueryVariables>;
export const MoneyProperty_ReversedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyProperty_Reversed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<MoneyProperty_ReversedQuery, MoneyProperty_ReversedQueryVariables>;
export const MoneyProperty_TransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyProperty_Transfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"transferGroup"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTransferId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyProperty_TransfersQuery, MoneyProperty_TransfersQueryVariables>;
export const MoneyStory_WriterTransferUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MoneyStory_WriterTransferUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<MoneyStory_WriterTransferUpdatedSubscription, MoneyStory_WriterTransferUpdatedSubscriptionVariables>;
export const MoneyStory_OwnTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyStory_OwnTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyStory_OwnTransfersQuery, MoneyStory_OwnTransfersQueryVariables>;
export const MoneyStory_AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyStory_AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyStory_AuditTrailQuery, MoneyStory_AuditTrailQueryVariables>;
export const MoneyStory_FailedTopUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyStory_FailedTopUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FAILED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]}}]} as unknown as DocumentNode<MoneyStory_FailedTopUpsQuery, MoneyStory_FailedTopUpsQueryVariables>;
export const OAuthDisconnect_DisconnectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OAuthDisconnect_Disconnect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnectStripeAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deauthorized"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canReceiveTransfers"}},{"kind":"Field","name":{"kind":"Name","value":"accountConnection"}}]}}]}}]} as unknown as DocumentNode<OAuthDisconnect_DisconnectMutation, OAuthDisconnect_DisconnectMutationVariables>;
export const OAuthDisconnect_AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthDisconnect_AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<OAuthDisconnect_AuditTrailQuery, OAuthDisconnect_AuditTrailQueryVariables>;
export const OAuthStory_StatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OAuthStory_StatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"writerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"writerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountConnection"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}}]}}]}}]} as unknown as DocumentNode<OAuthStory_StatusChangedSubscription, OAuthStory_StatusChangedSubscriptionVariables>;
export const OAuthStory_AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthStory_AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OAuthStory_AuditTrailQuery, OAuthStory_AuditTrailQueryVariables>;
export const OAuthStory_LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OAuthStory_LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<OAuthStory_LogOutMutation, OAuthStory_LogOutMutationVariables>;
export const DashboardLink_CreateDashboardLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardLink_CreateDashboardLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDashboardLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DashboardLink_CreateDashboardLinkMutation, DashboardLink_CreateDashboardLinkMutationVariables>;
export const OnboardingStory_LinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnboardingStory_Links"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<OnboardingStory_LinksQuery, OnboardingStory_LinksQueryVariables>;
export const OnboardingStory_StatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnboardingStory_StatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"writerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"writerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsDue"}}]}}]}}]} as unknown as DocumentNode<OnboardingStory_StatusChangedSubscription, OnboardingStory_StatusChangedSubscriptionVariables>;
export const SignIn_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignIn_SignUpMutation, SignIn_SignUpMutationVariables>;
export const SignIn_LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn_LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorVerified"}}]}}]}}]}}]} as unknown as DocumentNode<SignIn_LogInMutation, SignIn_LogInMutationVariables>;
export const SignIn_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignIn_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignIn_ViewerQuery, SignIn_ViewerQueryVariables>;
export const SignIn_CreateOnboardingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn_CreateOnboardingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOnboardingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SignIn_CreateOnboardingLinkMutation, SignIn_CreateOnboardingLinkMutationVariables>;
export const SignIn_WritersMatchingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignIn_WritersMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SignIn_WritersMatchingQuery, SignIn_WritersMatchingQueryVariables>;
export const SignIn_WriterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignIn_Writer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignIn_WriterQuery, SignIn_WriterQueryVariables>;
export const SignIn_WriterCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignIn_WriterCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SignIn_WriterCountQuery, SignIn_WriterCountQueryVariables>;
export const SignIn_EnrollSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn_EnrollSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<SignIn_EnrollSecretMutation, SignIn_EnrollSecretMutationVariables>;
export const SignIn_EnrollTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn_EnrollTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUrl"}}]}}]}}]} as unknown as DocumentNode<SignIn_EnrollTwoFactorMutation, SignIn_EnrollTwoFactorMutationVariables>;
export const SignIn_ConfirmWrongCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn_ConfirmWrongCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"otp"},"value":{"kind":"StringValue","value":"000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignIn_ConfirmWrongCodeMutation, SignIn_ConfirmWrongCodeMutationVariables>;
export const SignIn_ConfirmTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn_ConfirmTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"otp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorVerified"}}]}}]}}]}}]} as unknown as DocumentNode<SignIn_ConfirmTwoFactorMutation, SignIn_ConfirmTwoFactorMutationVariables>;
export const WriterInput_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriterInput_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WriterInput_SignUpMutation, WriterInput_SignUpMutationVariables>;
export const WriterInput_CreateWriterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriterInput_CreateWriter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWriterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWriter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<WriterInput_CreateWriterMutation, WriterInput_CreateWriterMutationVariables>;
export const WriterInput_SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WriterInput_Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<WriterInput_SearchQuery, WriterInput_SearchQueryVariables>;
export const WriterInput_WritersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WriterInput_Writers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WriterInput_WritersQuery, WriterInput_WritersQueryVariables>;
export const WriterInvite_CreateWriterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriterInvite_CreateWriter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWriterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWriter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signedUp"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}}]}}]} as unknown as DocumentNode<WriterInvite_CreateWriterMutation, WriterInvite_CreateWriterMutationVariables>;
export const WriterInvite_InviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriterInvite_Invite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteWriter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<WriterInvite_InviteMutation, WriterInvite_InviteMutationVariables>;
export const WriterInvite_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriterInvite_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"signedUp"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WriterInvite_SignUpMutation, WriterInvite_SignUpMutationVariables>;
export const WriterInvite_SignedUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WriterInvite_SignedUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedUp"}}]}}]}}]} as unknown as DocumentNode<WriterInvite_SignedUpQuery, WriterInvite_SignedUpQueryVariables>;
export const WriterInvite_AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WriterInvite_AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WriterInvite_AuditTrailQuery, WriterInvite_AuditTrailQueryVariables>;
export const CheckoutOutcomes_AuditActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutOutcomes_AuditActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutOutcomes_AuditActionsQuery, CheckoutOutcomes_AuditActionsQueryVariables>;
export const CheckoutOutcomes_PaymentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CheckoutOutcomes_PaymentUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stripeDisputeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"needsResponse"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutOutcomes_PaymentUpdatedSubscription, CheckoutOutcomes_PaymentUpdatedSubscriptionVariables>;
export const CheckoutOutcomes_DisputesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutOutcomes_Disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputesNeedingResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stripeDisputeId"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDueBy"}}]}}]}}]} as unknown as DocumentNode<CheckoutOutcomes_DisputesQuery, CheckoutOutcomes_DisputesQueryVariables>;
export const CheckoutStory_OwnPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutStory_OwnPayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutStory_OwnPaymentsQuery, CheckoutStory_OwnPaymentsQueryVariables>;
export const CheckoutStory_PaymentCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutStory_PaymentCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CheckoutStory_PaymentCountQuery, CheckoutStory_PaymentCountQueryVariables>;
export const CheckoutStory_PaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutStory_Payment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CheckoutStory_PaymentQuery, CheckoutStory_PaymentQueryVariables>;
export const Ledger_WriterBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ledger_WriterBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<Ledger_WriterBalancesQuery, Ledger_WriterBalancesQueryVariables>;
export const PayoutRunStory_GraceViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutRunStory_GraceView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payableBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayoutRunStory_GraceViewQuery, PayoutRunStory_GraceViewQueryVariables>;
export const PayoutRunStory_KatherineViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutRunStory_KatherineView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payableBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayoutRunStory_KatherineViewQuery, PayoutRunStory_KatherineViewQueryVariables>;
export const PayoutSchedule_AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutSchedule_AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<PayoutSchedule_AuditTrailQuery, PayoutSchedule_AuditTrailQueryVariables>;
export const PayoutSchedule_TopUpCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutSchedule_TopUpCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PayoutSchedule_TopUpCountQuery, PayoutSchedule_TopUpCountQueryVariables>;
export const PayoutWebhooks_SyncWriterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayoutWebhooks_SyncWriter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWriter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PayoutWebhooks_SyncWriterMutation, PayoutWebhooks_SyncWriterMutationVariables>;
export const PayoutsStory_OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutsStory_Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FAILED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stripePayoutId"}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<PayoutsStory_OverviewQuery, PayoutsStory_OverviewQueryVariables>;
export const Postgres_MoneyActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Postgres_MoneyActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moneyActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"usd","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"toppedUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<Postgres_MoneyActivityQuery, Postgres_MoneyActivityQueryVariables>;
export const Postgres_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Postgres_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Postgres_SignUpMutation, Postgres_SignUpMutationVariables>;
export const Redis_StatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Redis_StatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsDue"}},{"kind":"Field","name":{"kind":"Name","value":"canReceiveTransfers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<Redis_StatusChangedSubscription, Redis_StatusChangedSubscriptionVariables>;
export const Redis_WriterStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Redis_WriterStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Redis_WriterStatusChangedSubscription, Redis_WriterStatusChangedSubscriptionVariables>;
export const Redis_LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redis_LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Redis_LogInMutation, Redis_LogInMutationVariables>;
export const Redis_LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redis_LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<Redis_LogOutMutation, Redis_LogOutMutationVariables>;