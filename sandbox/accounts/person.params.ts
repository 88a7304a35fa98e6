import { listFields, param } from '../http/params';
import { personFields } from './account.params';

const relationship = param.object({
  director: param.boolean(),
  executive: param.boolean(),
  owner: param.boolean(),
  /** A decimal such as `25.5`, between 0 and 100. */
  percent_ownership: param.decimal({ min: 0, max: 100 }),
  representative: param.boolean(),
  title: param.string({ maxLength: 5000 }),
});

/** What a person create or update may say. */
export const personWriteFields = { ...personFields, relationship };

export const personListFields = {
  ...listFields,
  relationship: param.object({
    director: param.boolean(),
    executive: param.boolean(),
    owner: param.boolean(),
    representative: param.boolean(),
  }),
};
