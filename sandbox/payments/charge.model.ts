import type { Metadata, StripeList } from '../kernel/stripe-object.types';
import type { Shipping } from './payment-intent.model';
import type { BillingDetails } from './payment-method.model';
import type { Refund } from './refund.model';

export interface ChargeOutcome {
  network_status: 'approved_by_network' | 'declined_by_network' | 'not_sent_to_network';
  reason: string | null;
  risk_level: 'normal' | 'elevated' | 'highest';
  risk_score: number;
  seller_message: string;
  type: 'authorized' | 'issuer_declined' | 'blocked';
}

export interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  application: string | null;
  application_fee: string | null;
  application_fee_amount: number | null;
  balance_transaction: string | null;
  billing_details: BillingDetails;
  calculated_statement_descriptor: string;
  captured: boolean;
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  disputed: boolean;
  failure_balance_transaction: string | null;
  failure_code: string | null;
  failure_message: string | null;
  fraud_details: Record<string, never>;
  invoice: null;
  livemode: false;
  metadata: Metadata;
  on_behalf_of: string | null;
  outcome: ChargeOutcome;
  paid: boolean;
  payment_intent: string | null;
  payment_method: string;
  payment_method_details: Record<string, unknown> & { type: string };
  receipt_email: string | null;
  receipt_number: null;
  receipt_url: string;
  refunded: boolean;
  refunds: StripeList<Refund>;
  review: null;
  shipping: Shipping | null;
  source_transfer: null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: 'succeeded' | 'pending' | 'failed';
  transfer?: string;
  transfer_data: { amount: number | null; destination: string } | null;
  transfer_group: string | null;
}

/** How many refunds a charge embeds (its `refunds` list); the rest are paged. */
export const EMBEDDED_REFUNDS_LIMIT = 10;
