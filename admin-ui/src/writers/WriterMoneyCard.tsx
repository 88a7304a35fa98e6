import { formatMinorUnits } from '../money/money';
import { Link } from '../router';
import { Timestamp } from '../ui/Timestamp';

interface TransferFigures {
  status: string;
  createdAt: string;
  amount: { amount: number; currency: string; formatted: string };
  amountReversed: { amount: number };
}

interface WriterMoneyCardProps {
  writerId: string;
  /** Owed from earnings and not sent yet, per currency (the ledger's payable balance). */
  payable: Array<{ currency: string; formatted: string }>;
  transfers: { totalCount: number; nodes: TransferFigures[] };
  invitation: string;
}

// Money that reached the writer: paid, including what was reversed afterwards.
const REACHED_WRITER = new Set(['PAID', 'PARTIALLY_REVERSED', 'REVERSED']);

function totalsByCurrency(transfers: TransferFigures[]) {
  const totals = new Map<string, { paid: number; reversed: number }>();
  for (const transfer of transfers.filter((candidate) => REACHED_WRITER.has(candidate.status))) {
    const total = totals.get(transfer.amount.currency) ?? { paid: 0, reversed: 0 };
    totals.set(transfer.amount.currency, { paid: total.paid + transfer.amount.amount, reversed: total.reversed + transfer.amountReversed.amount });
  }
  return [...totals];
}

/** What the writer is owed, what the platform has paid them so far and took back, and where their invitation stands. */
export function WriterMoneyCard({ writerId, payable, transfers, invitation }: WriterMoneyCardProps) {
  const totals = totalsByCurrency(transfers.nodes);
  const latest = transfers.nodes[0];
  const partial = transfers.totalCount > transfers.nodes.length;
  const sum = (pick: 'paid' | 'reversed') =>
    totals.length === 0 ? '—' : totals.map(([currency, total]) => formatMinorUnits(total[pick], currency)).join(' · ');
  return (
    <section className="card" aria-labelledby="money-title">
      <h2 id="money-title">Money</h2>
      <dl className="details">
        <dt>Owed, not sent</dt>
        <dd data-money="payable">{payable.length === 0 ? 'Nothing' : payable.map((money) => money.formatted).join(' · ')}</dd>
        <dt>Paid to date</dt>
        <dd data-money="paid">{sum('paid')}</dd>
        <dt>Reversed</dt>
        <dd data-money="reversed">{sum('reversed')}</dd>
        <dt>Last transfer</dt>
        <dd>
          {latest ? (
            <>
              {latest.amount.formatted} on <Timestamp iso={latest.createdAt} dateOnly />
            </>
          ) : (
            <span className="muted">None yet</span>
          )}
        </dd>
        <dt>Invitation</dt>
        <dd data-invitation>{invitation}</dd>
      </dl>
      {partial && (
        <p className="hint">
          Totals of the latest {transfers.nodes.length} of {transfers.totalCount} transfers; <Link to={`/transfers?writer=${writerId}`}>see them all</Link>.
        </p>
      )}
    </section>
  );
}
