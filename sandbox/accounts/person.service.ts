import type { InferFields } from '../http/params';
import { emitEvent, eventAccountOf, previousAttributes } from '../kernel/event.service';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Account } from './account.model';
import { PERSONS } from './account.stores';
import { applyPersonParams } from './person.apply';
import { newPerson, type Person } from './person.model';
import type { personWriteFields } from './person.params';

export type PersonWriteParams = InferFields<typeof personWriteFields>;

export interface DeletedPerson {
  id: string;
  object: 'person';
  deleted: true;
}

export function createPerson(context: SandboxContext, account: Account, params: PersonWriteParams): Person {
  const person = newPerson(account.id, context.clock.nowSeconds());
  applyPersonWrite(person, params);
  context.state.of(PERSONS).insert(account.id, person);
  announce(context, account, 'person.created', person);
  return person;
}

export function updatePerson(context: SandboxContext, account: Account, person: Person, params: PersonWriteParams): Person {
  const before = structuredClone(person);
  applyPersonWrite(person, params);
  const changed = previousAttributes(before, person);
  if (changed) announce(context, account, 'person.updated', person, changed);
  return person;
}

export function deletePerson(context: SandboxContext, account: Account, person: Person): DeletedPerson {
  context.state.of(PERSONS).delete(person.id);
  announce(context, account, 'person.deleted', person);
  return { id: person.id, object: 'person', deleted: true };
}

function applyPersonWrite(person: Person, params: PersonWriteParams): void {
  const { relationship, ...details } = params;
  applyPersonParams(person, details);
  for (const [key, value] of Object.entries(relationship ?? {})) {
    if (value === undefined) continue;
    (person.relationship as unknown as Record<string, unknown>)[key] = value;
  }
}

function announce(context: SandboxContext, account: Account, type: string, person: Person, previous?: Record<string, unknown>) {
  emitEvent(context, { type, object: person, account: eventAccountOf(context, account.id), previousAttributes: previous });
}
