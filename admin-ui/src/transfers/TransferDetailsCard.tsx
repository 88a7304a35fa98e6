import type { TransferPage_TransferFragment } from '../gql/graphql';
import { Link } from '../router';
import { formatDateTime } from '../ui/format';

/** Everything Stripe and the gateway know about a transfer, ids included for support requests. */
export function TransferDetailsCard({ transfer }: { transfer: TransferPage_TransferFragment }) {
  return (
    <section className="card" aria-labelledby="transfer-details-title">
      <h2 id="transfer-details-title">Details</h2>
      <dl className="details">
        <dt>Writer</dt>
        <dd>
          <Link to={`/writers/${transfer.writer.id}`}>{transfer.writer.displayName}</Link> <span className="muted">{transfer.writer.email}</span>
        </dd>
        <dt>Amount</dt>
        <dd>{transfer.amount.formatted}</dd>
        <dt>Reversed</dt>
        <dd>{transfer.amountReversed.formatted}</dd>
        <dt>Can still be reversed</dt>
        <dd>{transfer.reversibleAmount.formatted}</dd>
        <dt>Description</dt>
        <dd>{transfer.description ?? <span className="muted">—</span>}</dd>
        <dt>Stripe transfer</dt>
        <dd>
          {transfer.stripeTransferId ? (
            <code>{transfer.stripeTransferId}</code>
          ) : (
            <span className="muted">Not confirmed yet{transfer.failureMessage && ` (${transfer.failureMessage})`}</span>
          )}
        </dd>
        <dt>Destination</dt>
        <dd>{transfer.writer.stripeAccountId ? <code>{transfer.writer.stripeAccountId}</code> : '—'}</dd>
        <dt>Transfer group</dt>
        <dd>
          <code>{transfer.transferGroup}</code>
        </dd>
        <dt>Idempotency key</dt>
        <dd>
          <code>{transfer.idempotencyKey}</code>
        </dd>
        <dt>Sent by</dt>
        <dd>{transfer.createdBy?.displayName ?? <span className="muted">—</span>}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(transfer.createdAt)}</dd>
      </dl>
    </section>
  );
}
