import { IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsCurrencyCode } from '../money/currency';
import { MAX_DESCRIPTION_LENGTH, MAX_TRANSFER_AMOUNT_MINOR } from '../money/money-limits';
import { ConnectionType } from '../graphql/connection';
import { Trimmed } from '../graphql/input-validation';
import { PAGE_SIZE_DESCRIPTION } from '../graphql/query-cost';
import { IsIdempotencyKey } from '../money/idempotency-key';
import { PaymentStatus } from './payment-status';
import { RefundReason } from './refund-status';
import { Payment } from './payment.entity';

export const PaymentConnection = ConnectionType(Payment, 'Payment');

// Stripe accepts return addresses up to this length.
const MAX_RETURN_URL_LENGTH = 2048;

@InputType({ description: "A reader pays a writer for an answer: a Stripe Checkout Session whose charge goes to the writer, minus the platform's fee." })
export class CreateCheckoutSessionInput {
  @Field(() => ID)
  @Length(1, 36)
  writerId: string;

  @Field(() => Int, { description: 'In minor units, within CHECKOUT_MIN_AMOUNT and CHECKOUT_MAX_AMOUNT.' })
  @IsInt({ message: 'amount must be a whole number of minor units' })
  @Min(1, { message: 'amount must be at least 1' })
  @Max(MAX_TRANSFER_AMOUNT_MINOR, { message: `amount must be at most ${MAX_TRANSFER_AMOUNT_MINOR}` })
  amount: number;

  @Field({ description: 'ISO 4217 code, e.g. usd.' })
  @IsCurrencyCode()
  currency: string;

  @Field(() => String, { nullable: true, description: `What the reader pays for, shown on the Checkout page (up to ${MAX_DESCRIPTION_LENGTH} characters).` })
  @Trimmed()
  @IsOptional()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @Field({ description: 'Where Stripe sends the reader after paying; may contain {CHECKOUT_SESSION_ID}. On the gateway or FRONTEND_URL.' })
  @Length(1, MAX_RETURN_URL_LENGTH)
  successUrl: string;

  @Field({ description: 'Where Stripe sends the reader who gives up. On the gateway or FRONTEND_URL.' })
  @Length(1, MAX_RETURN_URL_LENGTH)
  cancelUrl: string;

  @Field({ description: 'Your unique key for this purchase: a retry with the same key and input returns the same session.' })
  @IsIdempotencyKey()
  idempotencyKey: string;
}

@ObjectType({ description: 'A Stripe Checkout Session: send the reader to `url`.' })
export class CheckoutSession {
  @Field({ description: "Stripe's cs_… id." })
  id: string;

  @Field({ description: 'The Stripe-hosted payment page.' })
  url: string;

  @Field({ description: 'When the page stops accepting payment (the payment is then EXPIRED).' })
  expiresAt: Date;

  @Field(() => Payment)
  payment: Payment;
}

@InputType({ description: 'Returns part or all of a payment to the reader.' })
export class RefundPaymentInput {
  @Field(() => ID)
  @Length(1, 36)
  paymentId: string;

  @Field(() => Int, { nullable: true, description: 'In minor units; omit to refund everything not yet refunded.' })
  @IsOptional()
  @IsInt({ message: 'amount must be a whole number of minor units' })
  @Min(1, { message: 'amount must be at least 1' })
  @Max(MAX_TRANSFER_AMOUNT_MINOR, { message: `amount must be at most ${MAX_TRANSFER_AMOUNT_MINOR}` })
  amount?: number | null;

  @Field(() => RefundReason, { nullable: true })
  @IsOptional()
  @IsEnum(RefundReason)
  reason?: RefundReason | null;

  @Field({ description: "Take the writer's share of the refund back from their account (a transfer reversal)." })
  @IsBoolean()
  reverseTransfer: boolean;

  @Field({ description: "Give back the platform's application fee in proportion." })
  @IsBoolean()
  refundApplicationFee: boolean;

  @Field({ description: 'Your unique key for this refund: a retry with the same key and input refunds once.' })
  @IsIdempotencyKey()
  idempotencyKey: string;
}

@ArgsType()
export class PaymentsFilter {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => PaymentStatus, { nullable: true })
  status?: PaymentStatus;

  @Field(() => ID, { nullable: true, description: 'Only this writer (writers: only themself).' })
  writerId?: string;
}
