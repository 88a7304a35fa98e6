import { type ServerProblem, isFieldRejected } from './server-error';

/** Focuses the first of these inputs (by id) the gateway refused, in the form's order. */
export function focusFirstRejected(problem: ServerProblem | null, fieldsToInputIds: Array<[field: string, inputId: string]>) {
  const first = fieldsToInputIds.find(([field]) => isFieldRejected(problem, field));
  if (first) document.getElementById(first[1])?.focus();
}
