import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { AuditLogPage_EntriesQuery } from '../gql/graphql';
import { Link } from '../router';

type Entry = AuditLogPage_EntriesQuery['auditTrail']['nodes'][number];

const AuditSubject_Writer = graphql(`
  query AuditSubject_Writer($id: ID!) {
    writer(id: $id) {
      id
      displayName
    }
  }
`);

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The writer's name, read once per writer (the cache shares it between entries). */
function WriterName({ writerId, fallback }: { writerId: string; fallback: string }) {
  const [{ data }] = useQuery({ query: AuditSubject_Writer, variables: { id: writerId } });
  return <>{data?.writer.displayName ?? fallback}</>;
}

/** What an entry is about, in words, with a link: "$123.45 to Ada Lovelace", "Reversal of $23.45 from Ada Lovelace". */
export function AuditSubject({ entry }: { entry: Entry }) {
  const details = entry.details as Record<string, unknown>;
  const writerId = text(details.writerId);
  const amount = entry.amount?.formatted;
  const writer = writerId ? <WriterName writerId={writerId} fallback="a writer" /> : null;
  if (entry.subjectType === 'Transfer') {
    return (
      <Link to={`/transfers/${entry.subjectId}`}>
        {amount ?? 'Transfer'}
        {writer && <> to {writer}</>}
      </Link>
    );
  }
  if (entry.subjectType === 'TransferReversal' && text(details.transferId)) {
    return (
      <Link to={`/transfers/${text(details.transferId)}`}>
        Reversal{amount && ` of ${amount}`}
        {writer && <> from {writer}</>}
      </Link>
    );
  }
  const paymentId = entry.subjectType === 'Payment' ? entry.subjectId : text(details.paymentId);
  if (paymentId && ['Payment', 'Refund', 'Dispute'].includes(entry.subjectType)) {
    const what = entry.subjectType === 'Payment' ? 'Payment' : entry.subjectType === 'Refund' ? 'Refund' : 'Dispute';
    return (
      <Link to={`/payments/${paymentId}`}>
        {what}
        {amount && ` of ${amount}`}
        {writer && <> for {writer}</>}
      </Link>
    );
  }
  if (entry.subjectType === 'TopUp') return <Link to="/top-ups">Top-up{amount && ` of ${amount}`}</Link>;
  if (entry.subjectType === 'Writer') {
    return (
      <Link to={`/writers/${entry.subjectId}`}>
        <WriterName writerId={entry.subjectId} fallback={text(details.email) ?? 'Writer'} />
      </Link>
    );
  }
  if (entry.subjectType === 'TeamMember' || entry.subjectType === 'TeamInvite') return <>{text(details.email) ?? 'Team member'}</>;
  if (entry.subjectType === 'ApiKey') return <>{text(details.name) ? `API key “${text(details.name)}”` : 'API key'}</>;
  return <>{entry.subjectType}</>;
}
