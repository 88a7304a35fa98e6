import type { CombinedError } from 'urql';
import { type ServerProblem, describeError } from './server-error';

interface ErrorNoticeProps {
  title: string;
  error?: CombinedError;
  problem?: ServerProblem | null;
}

/** The gateway's own message and code, never a generic "something went wrong". */
export function ErrorNotice({ title, error, problem }: ErrorNoticeProps) {
  const shown = problem ?? (error ? describeError(error) : null);
  if (!shown) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>
        {shown.message}
        {shown.code && (
          <>
            {' '}
            <code className="error-code">{shown.code}</code>
          </>
        )}
      </p>
      {shown.stripeRequestId && <p className="muted">Stripe request {shown.stripeRequestId}</p>}
    </div>
  );
}
