import { registerEnumType } from 'type-graphql';

export enum AuditAction {
  TOP_UP_REQUESTED = 'TOP_UP_REQUESTED',
  TOP_UP_CANCEL_REQUESTED = 'TOP_UP_CANCEL_REQUESTED',
  TOP_UP_UPDATED = 'TOP_UP_UPDATED',
  TRANSFER_REQUESTED = 'TRANSFER_REQUESTED',
  TRANSFER_PAID = 'TRANSFER_PAID',
  TRANSFER_FAILED = 'TRANSFER_FAILED',
  TRANSFER_REVERSAL_REQUESTED = 'TRANSFER_REVERSAL_REQUESTED',
  TRANSFER_REVERSAL_SUCCEEDED = 'TRANSFER_REVERSAL_SUCCEEDED',
  TRANSFER_REVERSAL_FAILED = 'TRANSFER_REVERSAL_FAILED',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a money audit entry records. *_REQUESTED entries carry the admin who asked; the others, Stripe or the recovery pass.',
});
