import type { AuditLogPage_EntriesQuery } from '../gql/graphql';
import { Timestamp } from '../ui/Timestamp';
import { ACTION_LABELS, describeDetails } from './audit-words';
import { AuditSubject } from './AuditSubject';

type Entry = AuditLogPage_EntriesQuery['auditTrail']['nodes'][number];

/** The entries of one page, newest first: when, what, how much, about whom, by whom. */
export function AuditTable({ entries }: { entries: Entry[] }) {
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">Audit log, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Action</th>
          <th scope="col" className="numeric">
            Amount
          </th>
          <th scope="col">Subject</th>
          <th scope="col">By</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-audit-action={entry.action}>
            <td data-label="When">
              <Timestamp iso={entry.createdAt} />
            </td>
            <td data-label="Action" className="card-title-cell">
              {ACTION_LABELS[entry.action]}
            </td>
            <td data-label="Amount" className="numeric">
              {entry.amount?.formatted ?? '—'}
            </td>
            <td data-label="Subject">
              <AuditSubject entry={entry} />
            </td>
            <td data-label="By">{entry.actor ? entry.actor.displayName : <span className="muted">Stripe or the gateway</span>}</td>
            <td data-label="Details">
              {describeDetails(entry).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
