import { recordBalanceTransaction } from '../balance/ledger.service';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { clientIdOf } from '../oauth/oauth.settings';
import type { Transfer } from '../transfers/transfer.model';
import { TRANSFERS } from '../transfers/transfer.stores';
import type { ApplicationFee } from './application-fee.model';
import type { Charge } from './charge.model';
import { APPLICATION_FEES } from './payment.stores';
import { applicationFeeDetail } from './processing-fees';

interface Funds {
  status: 'available' | 'pending';
  availableOnSeconds: number;
}

/**
 * A destination charge's automatic transfer: the platform's funds from the charge go to the
 * connected account at once (`source_transaction`), less the application fee, which the
 * connected account pays back to the platform as the fee of its `payment`.
 */
export function transferToDestination(context: SandboxContext, ownerId: string, charge: Charge, funds: Funds): Transfer {
  const destination = charge.transfer_data!.destination;
  const amount = charge.transfer_data!.amount ?? charge.amount;
  const id = newId(TRANSFERS.idPrefix);
  const destinationPayment = newId('py');
  const fee = charge.application_fee_amount ?? 0;
  const debit = recordBalanceTransaction(context, {
    accountId: ownerId,
    type: 'transfer',
    amount: -amount,
    currency: charge.currency,
    source: id,
    description: null,
    ...funds,
  });
  recordBalanceTransaction(context, {
    accountId: destination,
    type: 'payment',
    amount,
    currency: charge.currency,
    source: destinationPayment,
    description: null,
    ...funds,
    feeDetails: fee > 0 ? [applicationFeeDetail(fee, charge.currency, clientIdOf(context))] : [],
  });
  const transfer: Transfer = {
    id,
    object: 'transfer',
    amount,
    amount_reversed: 0,
    balance_transaction: debit.id,
    created: context.clock.nowSeconds(),
    currency: charge.currency,
    description: null,
    destination,
    destination_payment: destinationPayment,
    livemode: false,
    metadata: {},
    reversals: { object: 'list', url: `/v1/transfers/${id}/reversals`, has_more: false, data: [] },
    reversed: false,
    source_transaction: charge.id,
    source_type: 'card',
    transfer_group: charge.transfer_group ?? `group_${charge.payment_intent ?? charge.id}`,
  };
  context.state.of(TRANSFERS).insert(ownerId, transfer);
  emitEvent(context, { type: 'transfer.created', object: transfer, account: eventAccountOf(context, ownerId) });
  if (fee > 0) collectApplicationFee(context, charge, { payer: destination, feeChargeId: destinationPayment, originatingCharge: charge.id, funds });
  return transfer;
}

/**
 * The platform's application fee: a `fee_` object on the platform and its balance credit. For a
 * destination charge the fee's `charge` is the connected account's payment and the platform's
 * charge is its `originating_transaction`; for a direct charge both are the one charge.
 */
export function collectApplicationFee(
  context: SandboxContext,
  charge: Charge,
  input: { payer: string; feeChargeId: string; originatingCharge: string | null; funds: Funds },
): ApplicationFee {
  const platformId = context.state.platformAccountId;
  const amount = charge.application_fee_amount!;
  const id = newId(APPLICATION_FEES.idPrefix);
  const credit = recordBalanceTransaction(context, {
    accountId: platformId,
    type: 'application_fee',
    amount,
    currency: charge.currency,
    source: id,
    description: null,
    ...input.funds,
  });
  const fee: ApplicationFee = {
    id,
    object: 'application_fee',
    account: input.payer,
    amount,
    amount_refunded: 0,
    application: clientIdOf(context),
    balance_transaction: credit.id,
    charge: input.feeChargeId,
    created: context.clock.nowSeconds(),
    currency: charge.currency,
    livemode: false,
    originating_transaction: input.originatingCharge,
    refunded: false,
    refunds: { object: 'list', url: `/v1/application_fees/${id}/refunds`, has_more: false, data: [] },
  };
  context.state.of(APPLICATION_FEES).insert(platformId, fee);
  charge.application_fee = id;
  emitEvent(context, { type: 'application_fee.created', object: fee });
  return fee;
}
