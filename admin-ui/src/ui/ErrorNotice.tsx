import type { CombinedError } from 'urql';
import { type ServerProblem, describeError } from './server-error';

interface ErrorNoticeProps {
  title: string;
  error?: CombinedError;
  problem?: ServerProblem | null;
}

/** What went wrong in words; the gateway's code (and Stripe's request id) on a detail line for support. */
export function ErrorNotice({ title, error, problem }: ErrorNoticeProps) {
  const shown = problem ?? (error ? describeError(error) : null);
  if (!shown) return null;
  const detail = [shown.code && `Code ${shown.code}`, shown.stripeRequestId && `Stripe request ${shown.stripeRequestId}`].filter(Boolean).join(' · ');
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{shown.message}</p>
      {detail && <p className="error-detail">{detail}</p>}
    </div>
  );
}
