import type Stripe from 'stripe';
import { type ValidPayoutSchedule, stripeScheduleParams } from '../money/payout-schedule.rules';
import { serviceAgreementFor } from './payable-countries';
import type { Writer } from './writer.entity';

const PRODUCT_DESCRIPTION = 'Writes answers on a Q&A platform and receives a share of the advertising revenue they earn.';

/** The writer's Express connected account as Stripe is asked to create it. */
export function connectedAccountParams(writer: Writer, defaultPayoutSchedule: ValidPayoutSchedule | undefined): Stripe.AccountCreateParams {
  const [firstName, ...rest] = writer.displayName.split(/\s+/);
  const agreement = serviceAgreementFor(writer.country);
  return {
    controller: {
      stripe_dashboard: { type: 'express' },
      fees: { payer: 'application' },
      losses: { payments: 'application' },
    },
    country: writer.country,
    email: writer.email,
    business_type: 'individual',
    individual: { email: writer.email, first_name: firstName, ...(rest.length > 0 ? { last_name: rest.join(' ') } : {}) },
    business_profile: { product_description: PRODUCT_DESCRIPTION, mcc: '5818' },
    capabilities: { transfers: { requested: true } },
    ...(agreement ? { tos_acceptance: { service_agreement: agreement } } : {}),
    ...(defaultPayoutSchedule ? { settings: { payouts: { schedule: stripeScheduleParams(defaultPayoutSchedule) } } } : {}),
    metadata: { writer_id: writer.id },
  };
}
