import { useQuery } from 'urql';
import { graphql } from '../gql';
import { formatMinorUnits } from '../money/money';

const RevenueShareCard_Percent = graphql(`
  query RevenueShareCard_Percent {
    revenueSharePercent
  }
`);

// An example revenue row, in cents, to show the rounding.
const EXAMPLE_REVENUE_MINOR = 999;

/** The file's columns, and how a revenue row becomes the writer's earning. */
export function RevenueShareCard() {
  const [{ data }] = useQuery({ query: RevenueShareCard_Percent });
  const percent = data?.revenueSharePercent;
  const share = percent === undefined ? null : Math.floor((EXAMPLE_REVENUE_MINOR * Math.round(percent * 100)) / 10_000);
  return (
    <section className="card" aria-labelledby="revenue-share-title">
      <h2 id="revenue-share-title">What the file holds</h2>
      <p>
        One row per earning, under a header row: <code>writer</code> (the writer’s id, email or <code>acct_</code> id), <code>amount</code> or{' '}
        <code>revenue</code>, <code>currency</code>, <code>period_start</code> and <code>period_end</code> (YYYY-MM-DD), <code>reference</code>, and optionally{' '}
        <code>description</code>. Amounts are whole minor units: 1234 is $12.34.
      </p>
      <p data-revenue-share>
        <strong>The revenue share.</strong> An <code>amount</code> is the writer’s earning, recorded as it is. A <code>revenue</code> is what their answers
        earned the platform: the writer gets {percent === undefined ? 'the platform’s revenue share' : `${percent}%`} of it, rounded down to the cent, and the
        rest stays with the platform
        {share !== null && ` (revenue 999 gives the writer ${formatMinorUnits(share, 'usd')})`}.
      </p>
      <p className="muted">
        Each reference is recorded once: importing a file again skips what it already recorded. One currency per file. If any row is refused, nothing is
        imported.
      </p>
    </section>
  );
}
