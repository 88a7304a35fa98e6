import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Link } from '../router';

const WriterFilterChip_Writer = graphql(`
  query WriterFilterChip_Writer($id: ID!) {
    writer(id: $id) {
      id
      displayName
    }
  }
`);

export function WriterFilterChip({ writerId }: { writerId: string }) {
  const [{ data }] = useQuery({ query: WriterFilterChip_Writer, variables: { id: writerId } });
  return (
    <span className="filter-chip">
      Writer: {data?.writer.displayName ?? writerId}{' '}
      <Link to="/transfers" aria-label="Show every writer's transfers">
        Clear
      </Link>
    </span>
  );
}
