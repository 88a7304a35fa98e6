import { formatDateTime } from '../ui/format';

interface WriterAccount {
  stripeAccountId?: string | null;
  country: string;
  canReceiveTransfers: boolean;
  transfersCapability: string;
  payoutsEnabled: boolean;
  deauthorized: boolean;
  createdAt: string;
}

export function WriterAccountCard({ writer }: { writer: WriterAccount }) {
  return (
    <section className="card" aria-labelledby="account-title">
      <h2 id="account-title">Stripe account</h2>
      <dl className="details">
        <dt>Account id</dt>
        <dd>{writer.stripeAccountId ? <code>{writer.stripeAccountId}</code> : <span className="muted">Not created yet</span>}</dd>
        <dt>Country</dt>
        <dd>{writer.country}</dd>
        <dt>Transfers</dt>
        <dd>{writer.canReceiveTransfers ? 'Can receive transfers' : `Cannot receive transfers (capability ${writer.transfersCapability})`}</dd>
        <dt>Payouts</dt>
        <dd>{writer.payoutsEnabled ? 'Enabled' : 'Not enabled'}</dd>
        {writer.deauthorized && (
          <>
            <dt>Connection</dt>
            <dd>Disconnected from the platform</dd>
          </>
        )}
        <dt>Created</dt>
        <dd>{formatDateTime(writer.createdAt)}</dd>
      </dl>
    </section>
  );
}
