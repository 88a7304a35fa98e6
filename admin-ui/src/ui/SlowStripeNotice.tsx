/** What a slow Stripe means for a money request: it is recorded, safe to leave, and never sent twice. */
export function SlowStripeNotice({ what }: { what: string }) {
  return (
    <div className="notice notice-info" role="status" data-slow-stripe>
      <p className="notice-title">Stripe is taking longer than usual</p>
      <p>
        {what} is recorded and will not be sent twice, even if you try again. You can close this window: the lists update by themselves when Stripe answers, and
        this window closes on its own if it is still open.
      </p>
    </div>
  );
}
