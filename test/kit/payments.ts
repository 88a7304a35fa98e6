import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { graphql } from '../gql';
import type { Kit_PaymentFragment } from '../gql/graphql';
import { execute } from './flows';
import { postGraphQL } from './graphql-client';
import type { Stack } from './stack';
import { waitFor } from './wait';

graphql(`
  fragment Kit_Payment on Payment {
    id
    writerId
    status
    description
    stripeCheckoutSessionId
    stripePaymentIntentId
    stripeChargeId
    stripeTransferId
    stripeApplicationFeeId
    failureMessage
    idempotencyKey
    paidAt
    createdAt
    updatedAt
    nextStates
    amount {
      amount
      currency
      formatted
    }
    applicationFee {
      amount
      currency
    }
    writerShare {
      amount
    }
    amountRefunded {
      amount
    }
    refundableAmount {
      amount
    }
    writer {
      id
      stripeAccountId
    }
    refunds {
      id
      stripeRefundId
      status
      reason
      reverseTransfer
      refundApplicationFee
      amount {
        amount
      }
    }
    disputes {
      id
      stripeDisputeId
      status
      reason
      needsResponse
      evidenceDueBy
      amount {
        amount
        currency
      }
    }
  }
`);

export const CREATE_CHECKOUT_SESSION = graphql(`
  mutation Kit_CreateCheckoutSession($input: CreateCheckoutSessionInput!) {
    createCheckoutSession(input: $input) {
      id
      url
      expiresAt
      payment {
        ...Kit_Payment
      }
    }
  }
`);

export const REFUND_PAYMENT = graphql(`
  mutation Kit_RefundPayment($input: RefundPaymentInput!) {
    refundPayment(input: $input) {
      ...Kit_Payment
    }
  }
`);

export const PAYMENT = graphql(`
  query Kit_Payment($id: ID!) {
    payment(id: $id) {
      ...Kit_Payment
    }
  }
`);

export const PAYMENT_UPDATED = graphql(`
  subscription Kit_PaymentUpdated($writerId: ID) {
    paymentUpdated(writerId: $writerId) {
      ...Kit_Payment
    }
  }
`);

export type PaymentRecord = Kit_PaymentFragment;

export interface CheckoutInput {
  writerId: string;
  amount?: number;
  currency?: string;
  description?: string;
  successUrl?: string;
  cancelUrl?: string;
  idempotencyKey?: string;
}

/** The input a reader's page sends: 25.00 usd, returning to the gateway's demo pages. */
export function checkoutInput(stack: Pick<Stack, 'url'>, input: CheckoutInput) {
  return {
    amount: 2500,
    currency: 'usd',
    description: 'Answer: how do payouts work?',
    successUrl: `${stack.url}/demo/pay/return?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${stack.url}/demo/pay/canceled`,
    idempotencyKey: `checkout-${randomUUID()}`,
    ...input,
  };
}

/** Opens a Checkout Session (anonymously unless a token is given) and fails the test on errors. */
export async function openCheckout(stack: Stack, input: CheckoutInput, token?: string) {
  return (await execute(stack, CREATE_CHECKOUT_SESSION, { input: checkoutInput(stack, input) }, token)).createCheckoutSession;
}

export async function tryCheckout(stack: Stack, input: CheckoutInput, token?: string) {
  return (await postGraphQL(stack.url, CREATE_CHECKOUT_SESSION, { input: checkoutInput(stack, input) }, { token })).body;
}

/** Pays on the sandbox's Checkout page without a browser: a test card (4242 by default) or a test IBAN. */
export function payCheckout(stack: Stack, sessionId: string, payment: { card?: string; iban?: string; authentication?: 'complete' | 'fail' } = {}) {
  return stack.control.post(`checkout/sessions/${sessionId}/complete`, { ...payment, ...(payment.iban ? {} : { card: payment.card ?? '4242424242424242' }) });
}

export async function readPayment(stack: Stack, token: string, id: string): Promise<PaymentRecord> {
  return (await execute(stack, PAYMENT, { id }, token)).payment;
}

export function waitForPayment(stack: Stack, token: string, id: string, done: (payment: PaymentRecord) => unknown, what: string, timeoutMs?: number) {
  return waitFor(() => readPayment(stack, token, id), { until: done, timeoutMs, what: `payment ${id} ${what}` });
}

/** Every event the sandbox emitted about an object, oldest first (what Stripe would have delivered). */
export async function stripeEventsAbout(stack: Stack, objectIds: string[]): Promise<Stripe.Event[]> {
  const events = await stack.stripe.events.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
  const ids = new Set(objectIds);
  return events.filter((event) => ids.has((event.data.object as { id: string }).id)).reverse();
}
