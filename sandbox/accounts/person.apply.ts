import type { InferFields } from '../http/params';
import { mergeMetadata } from '../http/params';
import type { personFields } from './account.params';
import type { Person } from './person.model';

export type PersonParams = InferFields<typeof personFields>;

/** Writes the given details onto a person; absent fields stay, empty ones are cleared. */
export function applyPersonParams(person: Person, params: PersonParams): void {
  if (params.address !== undefined) {
    const address = params.address ?? {};
    for (const key of Object.keys(person.address) as (keyof Person['address'])[]) {
      const value = address[key];
      if (value !== undefined) person.address[key] = value;
    }
  }
  if (params.dob !== undefined) {
    person.dob = { day: params.dob?.day ?? null, month: params.dob?.month ?? null, year: params.dob?.year ?? null };
  }
  if (params.email !== undefined) person.email = params.email;
  if (params.first_name !== undefined) person.first_name = params.first_name;
  if (params.last_name !== undefined) person.last_name = params.last_name;
  if (params.phone !== undefined) person.phone = params.phone;
  // Stripe never echoes identity numbers, only that one was given.
  if (params.id_number) {
    person.id_number_provided = true;
    person.ssn_last_4_provided = true;
  }
  if (params.ssn_last_4) person.ssn_last_4_provided = true;
  person.metadata = mergeMetadata(person.metadata, params.metadata);
}
