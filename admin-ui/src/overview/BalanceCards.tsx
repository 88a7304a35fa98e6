interface Amount {
  currency: string;
  formatted: string;
}

interface Balance {
  available: Amount[];
  pending: Amount[];
  warning?: string | null;
}

function AmountList({ amounts, label }: { amounts: Amount[]; label: string }) {
  return (
    <section className="card" aria-label={`${label} balance`} data-balance={label.toLowerCase()}>
      <p className="stat-label">{label}</p>
      {amounts.length === 0 && <p className="stat-value">—</p>}
      {amounts.map((amount) => (
        <p key={amount.currency} className="stat-value" data-currency={amount.currency}>
          {amount.formatted} <span className="muted">{amount.currency.toUpperCase()}</span>
        </p>
      ))}
    </section>
  );
}

/** Available and pending balance per currency, like the top of Stripe's Balances page. */
export function BalanceCards({ balance }: { balance: Balance }) {
  return (
    <>
      {balance.warning && <p className="notice notice-warning">{balance.warning}</p>}
      <div className="grid">
        <AmountList label="Available" amounts={balance.available} />
        <AmountList label="Pending" amounts={balance.pending} />
      </div>
    </>
  );
}
