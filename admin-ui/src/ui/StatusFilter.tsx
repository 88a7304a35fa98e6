import { humanize } from './format';

interface StatusFilterProps<TStatus extends string> {
  id: string;
  statuses: readonly TStatus[];
  value: TStatus | '';
  onChange: (status: TStatus | '') => void;
}

/** The labelled "Status" select of a list page; the empty value means all statuses. */
export function StatusFilter<TStatus extends string>({ id, statuses, value, onChange }: StatusFilterProps<TStatus>) {
  return (
    <>
      <label htmlFor={id}>Status</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as TStatus | '')}>
        <option value="">All statuses</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {humanize(status)}
          </option>
        ))}
      </select>
    </>
  );
}
