import type { PayoutRunPage_RunFragment } from '../gql/graphql';
import { Timestamp } from '../ui/Timestamp';

/** Who did what to the run (maker-checker: the one who drafts it never approves it), and what it pays. */
export function PayoutRunSummary({ run, viewerId }: { run: PayoutRunPage_RunFragment; viewerId: string | null }) {
  const drafter = run.createdBy?.displayName ?? 'a former team member';
  const draftedByViewer = Boolean(viewerId && run.createdBy?.id === viewerId);
  return (
    <div className="grid">
      <section className="card" aria-labelledby="run-money-title">
        <h2 id="run-money-title">What it pays</h2>
        <dl className="details">
          <dt>To pay</dt>
          <dd data-run-total>
            {run.totalAmount.formatted} to {run.itemCount} {run.itemCount === 1 ? 'writer' : 'writers'}
          </dd>
          <dt>Held</dt>
          <dd>
            {run.heldCount > 0
              ? `${run.heldAmount.formatted} owed to ${run.heldCount} ${run.heldCount === 1 ? 'writer' : 'writers'} who cannot receive transfers yet`
              : 'Nobody'}
          </dd>
          <dt>Minimum owed</dt>
          <dd>{run.minimumAmount.formatted}</dd>
          <dt>Transfer group</dt>
          <dd>
            <code>{run.id}</code>
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="run-approval-title">
        <h2 id="run-approval-title">Approval</h2>
        <dl className="details">
          <dt>Drafted by</dt>
          <dd data-run-drafted-by>
            {draftedByViewer ? `You (${drafter})` : drafter} · <Timestamp iso={run.createdAt} />
          </dd>
          <dt>Approved by</dt>
          <dd data-run-approved-by>
            {run.approvedBy ? (
              <>
                {run.approvedBy.displayName}
                {run.approvedAt && (
                  <>
                    {' '}
                    · <Timestamp iso={run.approvedAt} />
                  </>
                )}
              </>
            ) : (
              <span className="muted">Not yet</span>
            )}
          </dd>
          <dt>Executed by</dt>
          <dd>{run.executedBy ? run.executedBy.displayName : <span className="muted">Not yet</span>}</dd>
        </dl>
        {run.status === 'DRAFT' && (
          <p className="hint" data-who-approves>
            {draftedByViewer
              ? 'You drafted this run, so another Admin or Finance member approves it.'
              : `Any Admin or Finance member other than ${drafter}, who drafted it, may approve it.`}
          </p>
        )}
      </section>
    </div>
  );
}
