import { invalidRequest } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import type { SandboxContext } from '../kernel/sandbox.context';
import { failCharge, succeedCharge } from './charge.service';
import { paymentErrorBody } from './payment-errors';
import type { PaymentErrorBody, PaymentIntent } from './payment-intent.model';
import { failIntent, succeedIntent, type Attempt } from './payment-intent.service';
import { sepaDebitFails } from './payment-method.service';
import { CHARGES, PAYMENT_INTENTS, PAYMENT_METHODS } from './payment.stores';

/** SEPA debits whose settlement time has come: they succeed, or fail for Stripe's failing test IBANs. */
export function settleProcessingPayments(context: SandboxContext): Attempt[] {
  const due = context.clock.nowSeconds() - context.settings.settleDelaySeconds;
  const settling = context.state.of(PAYMENT_INTENTS).values((intent) => intent.status === 'processing');
  const attempts: Attempt[] = [];
  for (const intent of settling) {
    const charge = intent.latest_charge ? context.state.of(CHARGES).get(intent.latest_charge) : undefined;
    if (!charge || charge.created > due) continue;
    const paymentMethod = context.state.of(PAYMENT_METHODS).get(charge.payment_method)!;
    const previous = { status: intent.status };
    if (sepaDebitFails(paymentMethod)) {
      const message = 'The customer’s bank account has insufficient funds to cover this payment.';
      failCharge(context, charge, { code: 'insufficient_funds', declineCode: 'insufficient_funds', message });
      attempts.push(
        failIntent(
          context,
          intent,
          { ...paymentErrorBody({ code: 'insufficient_funds', message, chargeId: charge.id, paymentMethod }), type: 'invalid_request_error' },
          previous,
        ),
      );
    } else {
      succeedCharge(context, charge);
      attempts.push(succeedIntent(context, intent, previous));
    }
  }
  return attempts;
}

/** The customer failed (or abandoned) the 3D Secure challenge: the intent needs a new payment method. */
export function failAuthentication(context: SandboxContext, intent: PaymentIntent): Attempt {
  if (intent.status !== 'requires_action')
    throw invalidRequest(`This PaymentIntent is not waiting for authentication (its status is ${intent.status}).`, { code: 'payment_intent_unexpected_state' });
  const paymentMethod = context.state.of(PAYMENT_METHODS).get(intent.payment_method ?? '');
  const code = 'payment_intent_authentication_failure';
  const failure: PaymentErrorBody = {
    type: 'invalid_request_error',
    code,
    doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`,
    message: 'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
    ...(paymentMethod ? { payment_method: structuredClone(paymentMethod), payment_method_type: paymentMethod.type } : {}),
  };
  intent.next_action = null;
  return failIntent(context, intent, failure, { status: 'requires_action' });
}

const CANCELABLE = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

export function cancelPaymentIntent(context: SandboxContext, intent: PaymentIntent, reason: PaymentIntent['cancellation_reason']): PaymentIntent {
  if (!CANCELABLE.includes(intent.status)) {
    throw invalidRequest(
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(', ')}.`,
      { code: 'payment_intent_unexpected_state' },
    );
  }
  const previous = { status: intent.status };
  Object.assign(intent, { status: 'canceled', canceled_at: context.clock.nowSeconds(), cancellation_reason: reason, next_action: null });
  const ownerId = context.state.of(PAYMENT_INTENTS).ownerOf(intent.id)!;
  emitEvent(context, { type: 'payment_intent.canceled', object: intent, account: eventAccountOf(context, ownerId), previousAttributes: previous });
  return intent;
}
