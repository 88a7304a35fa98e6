import { pipe } from '@graphql-yoga/subscription';
import { filter } from '../pubsub/pubsub';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireMoneyAdmin, requireScopeIfApiKey, requireTeam, requireViewer, visibleWriterId } from '../identity/access';
import { ApiKeyScope } from '../identity/api-key-scope';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import { Writer } from '../writers/writer.entity';
import type { CheckoutService } from './checkout.service';
import { Dispute } from './dispute.entity';
import type { PaymentLoaders } from './payment.loaders';
import { PaymentRefund } from './payment-refund.entity';
import { Payment } from './payment.entity';
import { PAYMENTS_OF_OTHERS, type PaymentService } from './payment.service';
import { CheckoutSession, CreateCheckoutSessionInput, PaymentConnection, PaymentsFilter, RefundPaymentInput } from './payment.types';
import type { RefundService } from './refund.service';
import { PaymentUpdated } from './payment.topics';

/** Admins follow one writer or all; a writer only their own. Checked when subscribing. */
function subscribeToPayments({ args, context }: SubscribeResolverData<unknown, { writerId?: string | null }, GatewayContext>) {
  const writerId = visibleWriterId(requireViewer(context.viewer), args.writerId, PAYMENTS_OF_OTHERS);
  return pipe(
    context.pubSub.subscribe(PaymentUpdated),
    filter((payment: Payment) => !writerId || payment.writerId === writerId),
  );
}

@Resolver(() => Payment)
export class PaymentsResolver {
  constructor(
    private readonly checkout: CheckoutService,
    private readonly paymentService: PaymentService,
    private readonly refundService: RefundService,
    private readonly loaders: PaymentLoaders,
  ) {}

  @Mutation(() => CheckoutSession, {
    description:
      'Starts a reader’s payment for a writer’s answer: send the reader to the returned url. Anyone may call it (counted per client address); API keys need CHECKOUT_WRITE. The payment moves on from Stripe’s webhooks only.',
  })
  createCheckoutSession(@Arg('input') input: CreateCheckoutSessionInput, @Ctx() context: GatewayContext): Promise<CheckoutSession> {
    const viewer = requireScopeIfApiKey(context.viewer, ApiKeyScope.CHECKOUT_WRITE);
    return this.checkout.create(input, { viewer, clientAddress: context.clientAddress });
  }

  @Query(() => PaymentConnection, { description: 'Payments, newest first. The team: all or one writer; writers: payments for their answers.' })
  payments(@Args() filter: PaymentsFilter, @Ctx() context: GatewayContext): Promise<Connection<Payment>> {
    return this.paymentService.list(filter, requireViewer(context.viewer));
  }

  @Query(() => Payment, { description: 'One payment; writers may read only payments for their answers.' })
  payment(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<Payment> {
    return this.paymentService.readable(id, requireViewer(context.viewer));
  }

  @Query(() => [Dispute], { description: 'Disputes waiting for the platform’s evidence, soonest deadline first (the team).' })
  disputesNeedingResponse(@Ctx() context: GatewayContext): Promise<Dispute[]> {
    requireTeam(context.viewer);
    return this.paymentService.disputesNeedingResponse();
  }

  @Mutation(() => Payment, {
    description:
      'Returns part or all of a paid payment to the reader (Admin or Finance with two-factor), optionally reversing the writer’s transfer and refunding the fee. Exactly once per idempotencyKey.',
  })
  refundPayment(@Arg('input') input: RefundPaymentInput, @Ctx() context: GatewayContext): Promise<Payment> {
    return this.refundService.refund(input, requireMoneyAdmin(context.viewer, 'Refunding a payment'));
  }

  @Subscription(() => Payment, {
    subscribe: subscribeToPayments,
    description: 'A payment was created or changed (status, refund, dispute). The team: one writer or all (omit writerId); writers: their own.',
  })
  paymentUpdated(@Arg('writerId', () => ID, { nullable: true }) _writerId: string | null, @Root() payment: Payment): Payment {
    return payment;
  }

  @FieldResolver(() => Writer)
  async writer(@Root() payment: Payment, @Ctx() context: GatewayContext): Promise<Writer> {
    return (await this.loaders.for(context).writer.load(payment.writerId))!;
  }

  @FieldResolver(() => [PaymentRefund], { description: 'Oldest first; counted as 10 in the query cost.' })
  refunds(@Root() payment: Payment, @Ctx() context: GatewayContext): Promise<PaymentRefund[]> {
    return this.loaders.for(context).refunds.load(payment.id);
  }

  @FieldResolver(() => [Dispute], { description: 'Oldest first (Stripe opens at most one per charge).' })
  disputes(@Root() payment: Payment, @Ctx() context: GatewayContext): Promise<Dispute[]> {
    return this.loaders.for(context).disputes.load(payment.id);
  }
}
