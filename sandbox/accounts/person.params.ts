import { listFields, param } from '../http/params';
import { personFields } from './account.params';

const relationship = param.object({
  director: param.boolean(),
  executive: param.boolean(),
  owner: param.boolean(),
  /** A decimal such as `25.5`. */
  percent_ownership: param.string(),
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
