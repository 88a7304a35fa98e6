import { formatMinorUnits } from '../money/money';
import { Link } from '../router';

interface ShortfallNoticeProps {
  totalAmount: { amount: number; currency: string; formatted: string };
  /** The platform's available balance in the run's currency, read live. */
  availableMinor: number;
}

/** Says how much to top up before the run can be executed; nothing when the balance covers it. */
export function ShortfallNotice({ totalAmount, availableMinor }: ShortfallNoticeProps) {
  const shortfallMinor = Math.max(0, totalAmount.amount - availableMinor);
  if (shortfallMinor === 0) return null;
  const shortfall = formatMinorUnits(shortfallMinor, totalAmount.currency);
  return (
    <div className="notice notice-warning" data-shortfall={shortfallMinor}>
      <p className="notice-title">The balance does not cover this run yet</p>
      <p>
        The platform has {formatMinorUnits(availableMinor, totalAmount.currency)} available, {shortfall} short of the {totalAmount.formatted} this run sends. A
        top-up counts once Stripe settles it. <Link to="/top-ups">Top up {shortfall} first</Link>
      </p>
    </div>
  );
}
