import type { Metadata } from '../kernel/stripe-object.types';
import type { PaymentMethod } from './payment-method.model';

export interface Shipping {
  address: { city: string | null; country: string | null; line1: string | null; line2: string | null; postal_code: string | null; state: string | null };
  carrier: string | null;
  name: string;
  phone: string | null;
  tracking_number: string | null;
}

/** A payment's failure as Stripe reports it (`last_payment_error`, and the 402 answer). */
export interface PaymentErrorBody {
  type: 'card_error' | 'invalid_request_error';
  code: string;
  decline_code?: string;
  doc_url: string;
  message: string;
  charge?: string;
  payment_method?: PaymentMethod;
  payment_method_type?: string;
}

export type PaymentIntentStatus = 'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'succeeded' | 'canceled';

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_details: { tip: Record<string, never> };
  amount_received: number;
  application: null;
  application_fee_amount: number | null;
  automatic_payment_methods: { allow_redirects?: 'always' | 'never'; enabled: boolean } | null;
  canceled_at: number | null;
  cancellation_reason: 'abandoned' | 'automatic' | 'duplicate' | 'requested_by_customer' | 'fraudulent' | null;
  capture_method: 'automatic';
  client_secret: string;
  confirmation_method: 'automatic' | 'manual';
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  invoice: null;
  last_payment_error: PaymentErrorBody | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Metadata;
  next_action: { type: 'redirect_to_url'; redirect_to_url: { return_url: string | null; url: string } } | null;
  on_behalf_of: string | null;
  payment_method: string | null;
  payment_method_options: Record<string, never>;
  payment_method_types: string[];
  processing: null;
  receipt_email: string | null;
  review: null;
  setup_future_usage: 'off_session' | 'on_session' | null;
  shipping: Shipping | null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: PaymentIntentStatus;
  transfer_data: { amount?: number; destination: string } | null;
  transfer_group: string | null;
}
