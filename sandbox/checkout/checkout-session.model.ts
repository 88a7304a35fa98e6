import type { Price } from '../products/product.model';
import type { Metadata } from '../kernel/stripe-object.types';
import type { ShippingInput } from '../payments/shipping';

/** A line of a session, as `GET /v1/checkout/sessions/{id}/line_items` lists it. */
export interface CheckoutLineItem {
  id: string;
  object: 'item';
  amount_discount: number;
  amount_subtotal: number;
  amount_tax: number;
  amount_total: number;
  currency: string;
  description: string;
  price: Price;
  quantity: number;
}

export interface CheckoutSession {
  id: string;
  object: 'checkout.session';
  after_expiration: null;
  allow_promotion_codes: null;
  amount_subtotal: number;
  amount_total: number;
  automatic_tax: { enabled: false; status: null };
  billing_address_collection: null;
  cancel_url: string | null;
  client_reference_id: string | null;
  consent: null;
  consent_collection: null;
  created: number;
  currency: string;
  custom_fields: never[];
  custom_text: { shipping_address: null; submit: null };
  customer: string | null;
  customer_creation: 'always' | 'if_required' | null;
  customer_details: { address: null; email: string | null; name: string | null; phone: null; tax_exempt: 'none'; tax_ids: never[] } | null;
  customer_email: string | null;
  expires_at: number;
  invoice: null;
  invoice_creation: {
    enabled: false;
    invoice_data: { account_tax_ids: null; custom_fields: null; description: null; footer: null; metadata: Record<string, never>; rendering_options: null };
  };
  livemode: false;
  locale: string | null;
  metadata: Metadata;
  mode: 'payment';
  payment_intent: string | null;
  payment_link: null;
  payment_method_collection: null;
  payment_method_options: Record<string, never>;
  payment_method_types: string[];
  payment_status: 'paid' | 'unpaid';
  phone_number_collection: { enabled: false };
  recovered_from: null;
  setup_intent: null;
  shipping_address_collection: null;
  shipping_cost: null;
  shipping_details: null;
  shipping_options: never[];
  status: 'open' | 'complete' | 'expired';
  submit_type: 'auto' | 'book' | 'donate' | 'pay' | null;
  subscription: null;
  success_url: string | null;
  tax_id_collection: { enabled: false };
  total_details: { amount_discount: 0; amount_shipping: 0; amount_tax: 0 };
  url: string | null;
}

/** What only the sandbox keeps about a session: its line items and the PaymentIntent's terms. */
export interface CheckoutSide {
  lineItems: CheckoutLineItem[];
  paymentIntentData: {
    application_fee_amount?: number | null;
    description?: string | null;
    metadata?: Record<string, string | null> | null;
    on_behalf_of?: string | null;
    receipt_email?: string | null;
    setup_future_usage?: 'off_session' | 'on_session' | null;
    shipping?: ShippingInput | null;
    statement_descriptor?: string | null;
    statement_descriptor_suffix?: string | null;
    transfer_data?: { amount?: number | null; destination: string } | null;
    transfer_group?: string | null;
  };
}
