import { param, required } from '../http/params';
import { shippingFields } from './shipping';

const confirmFields = {
  payment_method: param.string(),
  return_url: param.string(),
  receipt_email: param.string(),
  setup_future_usage: param.enum(['off_session', 'on_session'] as const),
  shipping: shippingFields,
  payment_method_types: param.array(param.string()),
  /** The SDK's name (API 2025+) for `payment_method_types`. */
  allowed_payment_method_types: param.array(param.string()),
  off_session: param.boolean(),
  error_on_requires_action: param.boolean(),
  use_stripe_sdk: param.boolean(),
  mandate_data: param.object({
    customer_acceptance: param.object({
      type: param.string(),
      online: param.object({ ip_address: param.string(), user_agent: param.string() }),
      accepted_at: param.integer(),
    }),
  }),
};

export const paymentIntentCreateFields = {
  ...confirmFields,
  amount: required(param.integer()),
  currency: required(param.string()),
  application_fee_amount: param.integer({ min: 0 }),
  automatic_payment_methods: param.object({ enabled: required(param.boolean()), allow_redirects: param.enum(['always', 'never'] as const) }),
  capture_method: param.enum(['automatic'] as const),
  confirm: param.boolean(),
  confirmation_method: param.enum(['automatic'] as const),
  customer: param.string(),
  description: param.string({ maxLength: 1000 }),
  metadata: param.metadata(),
  on_behalf_of: param.string(),
  statement_descriptor: param.string({ maxLength: 22 }),
  statement_descriptor_suffix: param.string({ maxLength: 22 }),
  transfer_data: param.object({ amount: param.integer({ min: 1 }), destination: required(param.string()) }),
  transfer_group: param.string(),
};

export const paymentIntentConfirmFields = confirmFields;

export const paymentIntentUpdateFields = {
  description: param.string({ maxLength: 1000 }),
  metadata: param.metadata(),
  receipt_email: param.string(),
};

export const paymentIntentListFields = {
  limit: param.integer(),
  starting_after: param.string(),
  ending_before: param.string(),
  created: param.range(),
  customer: param.string(),
};
