import type { ReactNode } from 'react';
import type { TopUpsTable_TopUpFragment } from '../gql/graphql';

/** The banner after adding funds, following the top-up's live status instead of repeating what was true when it was sent. */
export function TopUpNotice({ topUp, children }: { topUp: Pick<TopUpsTable_TopUpFragment, 'status' | 'amount' | 'failureMessage'>; children?: ReactNode }) {
  const amount = topUp.amount.formatted;
  const [tone, text] =
    topUp.status === 'SUCCEEDED'
      ? ['success', `Added ${amount}: Stripe settled the top-up and the funds are available.`]
      : topUp.status === 'FAILED'
        ? ['error', `The top-up of ${amount} failed${topUp.failureMessage ? `: ${topUp.failureMessage}` : ''}. Nothing was added.`]
        : topUp.status === 'CANCELED'
          ? ['warning', `The top-up of ${amount} was canceled. Nothing was added.`]
          : topUp.status === 'REVERSED'
            ? ['warning', `The top-up of ${amount} was reversed by the bank.`]
            : ['success', `Added ${amount}: pending until Stripe settles the top-up.`];
  return (
    <p className={`notice notice-${tone}`} role="status" data-top-up-notice={topUp.status}>
      {text} {children}
    </p>
  );
}
