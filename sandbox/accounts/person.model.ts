import type { Address, Metadata } from '../kernel/stripe-object.types';
import { emptyAddress } from '../kernel/stripe-object.types';
import { newId } from '../kernel/ids';

export interface PersonRelationship {
  director: boolean | null;
  executive: boolean | null;
  owner: boolean | null;
  percent_ownership: number | null;
  representative: boolean | null;
  title: string | null;
}

export interface Dob {
  day: number | null;
  month: number | null;
  year: number | null;
}

export interface Person {
  id: string;
  object: 'person';
  account: string;
  address: Address;
  created: number;
  dob: Dob;
  email: string | null;
  first_name: string | null;
  id_number_provided: boolean;
  last_name: string | null;
  metadata: Metadata;
  phone: string | null;
  relationship: PersonRelationship;
  requirements: {
    alternatives: never[];
    currently_due: string[];
    errors: never[];
    eventually_due: string[];
    past_due: string[];
    pending_verification: string[];
  };
  ssn_last_4_provided: boolean;
  verification: {
    additional_document: VerificationDocument;
    details: string | null;
    details_code: string | null;
    document: VerificationDocument;
    status: 'unverified' | 'pending' | 'verified';
  };
}

interface VerificationDocument {
  back: string | null;
  details: string | null;
  details_code: string | null;
  front: string | null;
}

function emptyDocument(): VerificationDocument {
  return { back: null, details: null, details_code: null, front: null };
}

export function newPerson(accountId: string, createdSeconds: number): Person {
  return {
    id: newId('person'),
    object: 'person',
    account: accountId,
    address: emptyAddress(),
    created: createdSeconds,
    dob: { day: null, month: null, year: null },
    email: null,
    first_name: null,
    id_number_provided: false,
    last_name: null,
    metadata: {},
    phone: null,
    relationship: {
      director: false,
      executive: false,
      owner: false,
      percent_ownership: null,
      representative: false,
      title: null,
    },
    requirements: { alternatives: [], currently_due: [], errors: [], eventually_due: [], past_due: [], pending_verification: [] },
    ssn_last_4_provided: false,
    verification: {
      additional_document: emptyDocument(),
      details: null,
      details_code: null,
      document: emptyDocument(),
      status: 'unverified',
    },
  };
}
