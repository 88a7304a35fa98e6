import { useQuery } from 'urql';
import { graphql } from '../gql';
import { updateQuery } from '../router';

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
      <button
        type="button"
        className="button button-small"
        onClick={() => updateQuery({ writer: null, after: null, page: null })}
        aria-label="Show every writer's transfers"
      >
        Clear
      </button>
    </span>
  );
}
