import { collectionStore } from '../kernel/sandbox.state';
import { findDestinationPayment } from '../transfers/transfer.stores';
import type { ApplicationFee, FeeRefund } from './application-fee.model';
import type { Charge } from './charge.model';
import type { Dispute } from './dispute.model';
import type { PaymentIntent } from './payment-intent.model';
import type { PaymentMethod } from './payment-method.model';
import type { Refund } from './refund.model';

export const PAYMENT_METHODS = collectionStore<PaymentMethod>({ name: 'paymentMethods', idPrefix: 'pm', objectType: 'payment_method' });

export const PAYMENT_INTENTS = collectionStore<PaymentIntent>({
  name: 'paymentIntents',
  idPrefix: 'pi',
  objectType: 'payment_intent',
  expandable: { latest_charge: 'charge', payment_method: 'payment_method', customer: 'customer', on_behalf_of: 'account' },
  counts: (intents) => ({ payment_intents: intents.size }),
});

export const CHARGES = collectionStore<Charge>({
  name: 'charges',
  idPrefix: 'ch',
  objectType: 'charge',
  expandable: {
    balance_transaction: 'balance_transaction',
    payment_intent: 'payment_intent',
    application_fee: 'application_fee',
    transfer: 'transfer',
    customer: 'customer',
    on_behalf_of: 'account',
    source_transfer: 'transfer',
  },
  findSource: (_state, id, charges) => charges.get(id),
  counts: (charges) => ({ charges: charges.size }),
});

export const REFUNDS = collectionStore<Refund>({
  name: 'refunds',
  idPrefix: 're',
  objectType: 'refund',
  expandable: {
    balance_transaction: 'balance_transaction',
    // A platform charge, or the payment on a connected account a reversal refunded.
    charge: { expandsTo: 'charge', find: (state, id) => state.of(CHARGES).get(id) ?? findDestinationPayment(state, id) },
    payment_intent: 'payment_intent',
    transfer_reversal: 'transfer_reversal',
  },
  counts: (refunds) => ({ refunds: refunds.size }),
});

export const DISPUTES = collectionStore<Dispute>({
  name: 'disputes',
  idPrefix: 'dp',
  objectType: 'dispute',
  expandable: { charge: 'charge', payment_intent: 'payment_intent' },
  findSource: (_state, id, disputes) => disputes.get(id),
  counts: (disputes) => ({ disputes: disputes.size }),
});

export const APPLICATION_FEES = collectionStore<ApplicationFee>({
  name: 'applicationFees',
  idPrefix: 'fee',
  objectType: 'application_fee',
  expandable: { account: 'account', balance_transaction: 'balance_transaction', charge: 'charge', originating_transaction: 'charge' },
  findSource: (_state, id, fees) => fees.get(id),
});

export const FEE_REFUNDS = collectionStore<FeeRefund>({
  name: 'feeRefunds',
  idPrefix: 'fr',
  objectType: 'fee_refund',
  expandable: { balance_transaction: 'balance_transaction', fee: 'application_fee' },
});

export const PAYMENT_STORES = [PAYMENT_METHODS, PAYMENT_INTENTS, CHARGES, REFUNDS, DISPUTES, APPLICATION_FEES, FEE_REFUNDS];
