import { param, required } from '../http/params';
import { shippingFields } from '../payments/shipping';
import { priceDataFields } from '../products/product.params';

export const paymentIntentDataFields = param.object({
  application_fee_amount: param.integer({ min: 0 }),
  description: param.string({ maxLength: 1000 }),
  metadata: param.metadata(),
  on_behalf_of: param.string(),
  receipt_email: param.string(),
  setup_future_usage: param.enum(['off_session', 'on_session'] as const),
  shipping: shippingFields,
  statement_descriptor: param.string({ maxLength: 22 }),
  statement_descriptor_suffix: param.string({ maxLength: 22 }),
  transfer_data: param.object({ amount: param.integer({ min: 1 }), destination: required(param.string()) }),
  transfer_group: param.string(),
  capture_method: param.enum(['automatic'] as const),
});

export const lineItemFields = param.object({
  price: param.string(),
  price_data: param.object(priceDataFields),
  quantity: param.integer({ min: 1, max: 999_999 }),
});

export const sessionCreateFields = {
  mode: required(param.enum(['payment', 'setup', 'subscription'] as const)),
  line_items: param.array(lineItemFields),
  success_url: param.string({ maxLength: 5000 }),
  cancel_url: param.string({ maxLength: 5000 }),
  payment_intent_data: paymentIntentDataFields,
  payment_method_types: param.array(param.string()),
  /** The SDK's name (API 2025+) for `payment_method_types`. */
  allowed_payment_method_types: param.array(param.string()),
  metadata: param.metadata(),
  client_reference_id: param.string({ maxLength: 200 }),
  customer: param.string(),
  customer_email: param.string(),
  customer_creation: param.enum(['always', 'if_required'] as const),
  expires_at: param.integer(),
  locale: param.string(),
  submit_type: param.enum(['auto', 'book', 'donate', 'pay'] as const),
  currency: param.string(),
  ui_mode: param.enum(['hosted'] as const),
};
