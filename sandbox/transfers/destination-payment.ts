import { BALANCE_TRANSACTIONS } from '../balance/balance.stores';
import type { SandboxState } from '../kernel/sandbox.state';
import { emptyAddress } from '../kernel/stripe-object.types';
import type { Transfer, TransferReversal } from './transfer.model';

/**
 * A transfer lands on the connected account as a payment (`py_…`, a Charge paid from the
 * platform's Stripe account) and a reversal takes it back as that payment's refund (`pyr_…`).
 * Neither is stored apart: both are read off the transfer, as `expand[]` and
 * `balance_transaction.source` show them.
 */
function balanceTransactionOf(state: SandboxState, accountId: string, sourceId: string): string | null {
  const [transaction] = state.of(BALANCE_TRANSACTIONS).listOwned(accountId, (candidate) => candidate.source === sourceId);
  return transaction?.id ?? null;
}

/** The refund a reversal makes of its transfer's destination payment. */
export function paymentRefundOf(state: SandboxState, transfer: Transfer, reversal: TransferReversal) {
  return {
    id: reversal.destination_payment_refund,
    object: 'refund' as const,
    amount: reversal.amount,
    balance_transaction: balanceTransactionOf(state, transfer.destination, reversal.destination_payment_refund),
    charge: transfer.destination_payment,
    created: reversal.created,
    currency: reversal.currency,
    metadata: {},
    payment_intent: null,
    reason: null,
    receipt_number: null,
    source_transfer_reversal: reversal.id,
    status: 'succeeded',
    transfer_reversal: null,
  };
}

/** The payment a transfer made on its destination, with the refunds its `reversals` made of it. */
export function destinationPaymentOf(state: SandboxState, transfer: Transfer, reversals: TransferReversal[]) {
  const refunds = reversals.map((reversal) => paymentRefundOf(state, transfer, reversal));
  return {
    id: transfer.destination_payment,
    object: 'charge' as const,
    amount: transfer.amount,
    amount_captured: transfer.amount,
    amount_refunded: transfer.amount_reversed,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: balanceTransactionOf(state, transfer.destination, transfer.destination_payment),
    billing_details: { address: emptyAddress(), email: null, name: null, phone: null },
    calculated_statement_descriptor: null,
    captured: true,
    created: transfer.created,
    currency: transfer.currency,
    customer: null,
    description: null,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    invoice: null,
    livemode: false,
    metadata: {},
    on_behalf_of: null,
    outcome: null,
    paid: true,
    payment_intent: null,
    payment_method: null,
    payment_method_details: { stripe_account: {}, type: 'stripe_account' },
    receipt_email: null,
    receipt_number: null,
    receipt_url: null,
    refunded: transfer.reversed,
    refunds: { object: 'list' as const, data: refunds, has_more: false, url: `/v1/charges/${transfer.destination_payment}/refunds` },
    review: null,
    shipping: null,
    source_transfer: transfer.id,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'succeeded',
    transfer_data: null,
    transfer_group: transfer.transfer_group,
  };
}
