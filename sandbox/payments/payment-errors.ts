import { StripeError, type StripeErrorBody } from '../kernel/errors';
import type { PaymentErrorBody, PaymentIntent } from './payment-intent.model';
import type { PaymentMethod } from './payment-method.model';

export function paymentErrorBody(input: {
  code: string;
  declineCode?: string;
  message: string;
  chargeId?: string;
  paymentMethod: PaymentMethod;
}): PaymentErrorBody {
  return {
    type: 'card_error',
    code: input.code,
    ...(input.declineCode ? { decline_code: input.declineCode } : {}),
    doc_url: `https://stripe.com/docs/error-codes/${input.code.replace(/_/g, '-')}`,
    message: input.message,
    ...(input.chargeId ? { charge: input.chargeId } : {}),
    payment_method: structuredClone(input.paymentMethod),
    payment_method_type: input.paymentMethod.type,
  };
}

/** Stripe's 402 for a declined payment: the error names the charge and carries the PaymentIntent. */
export class PaymentDeclinedError extends StripeError {
  constructor(
    private readonly failure: PaymentErrorBody,
    private readonly intent?: PaymentIntent,
  ) {
    super(failure.message, { status: 402, type: 'card_error', code: failure.code });
  }

  override toBody(): { error: StripeErrorBody } {
    const body = { ...this.failure, ...(this.intent ? { payment_intent: structuredClone(this.intent) } : {}) };
    return { error: body as StripeErrorBody };
  }
}
