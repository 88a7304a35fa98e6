import type { Metadata, StripeList } from '../kernel/stripe-object.types';

export interface FeeRefund {
  id: string;
  object: 'fee_refund';
  amount: number;
  balance_transaction: string;
  created: number;
  currency: string;
  fee: string;
  metadata: Metadata;
}

export interface ApplicationFee {
  id: string;
  object: 'application_fee';
  account: string;
  amount: number;
  amount_refunded: number;
  application: string;
  balance_transaction: string;
  charge: string;
  created: number;
  currency: string;
  livemode: false;
  originating_transaction: string | null;
  refunded: boolean;
  refunds: StripeList<FeeRefund>;
}
