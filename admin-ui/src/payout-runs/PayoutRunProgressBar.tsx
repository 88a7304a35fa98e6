import { graphql } from '../gql';
import type { PayoutRunProgressBar_ProgressFragment } from '../gql/graphql';

export const PayoutRunProgressBar_Progress = graphql(`
  fragment PayoutRunProgressBar_Progress on PayoutRunProgress {
    runId
    status
    itemsDone
    itemsTotal
    itemsFailed
    amountSent {
      amount
      currency
      formatted
    }
  }
`);

/** How far a run's sending is: items paid or failed out of those to send, and the amount sent. */
export function PayoutRunProgressBar({ progress, compact = false }: { progress: PayoutRunProgressBar_ProgressFragment; compact?: boolean }) {
  const { itemsDone, itemsTotal, itemsFailed } = progress;
  const label = `${itemsDone} of ${itemsTotal} sent`;
  return (
    <div className="run-progress" data-items-done={itemsDone} data-items-total={itemsTotal}>
      <progress max={Math.max(itemsTotal, 1)} value={itemsTotal === 0 ? 1 : itemsDone} aria-label={`Payout run progress: ${label}`} />
      <p className={compact ? 'muted' : undefined}>
        <span data-progress-text>{label}</span>
        {itemsFailed > 0 && <span className="run-progress-failed"> · {itemsFailed} failed</span>}
        {!compact && <span className="muted"> · {progress.amountSent.formatted} paid</span>}
      </p>
    </div>
  );
}
