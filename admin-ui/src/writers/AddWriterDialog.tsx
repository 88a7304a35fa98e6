import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FieldError } from '../ui/FieldError';
import { FormActions } from '../ui/FormActions';
import { focusFirstRejected } from '../ui/focus-rejected';
import { describeError, fieldMessage } from '../ui/server-error';
import { PAYABLE_COUNTRIES } from './countries';

const AddWriterDialog_CreateWriter = graphql(`
  mutation AddWriterDialog_CreateWriter($input: CreateWriterInput!) {
    createWriter(input: $input) {
      id
      displayName
    }
  }
`);

interface AddWriterDialogProps {
  onClose: () => void;
  onAdded: (writer: { id: string; displayName: string }) => void;
}

// The form's fields in order, by the API's name and the input's id: the first one refused gets focus.
const FIELDS: Array<[field: string, inputId: string]> = [
  ['email', 'add-writer-email'],
  ['displayName', 'add-writer-name'],
  ['country', 'add-writer-country'],
];

const describedBy = (id: string, message: string | null, hint?: string) => [hint, message && `${id}-error`].filter(Boolean).join(' ') || undefined;

/**
 * A writer the platform already knows: their Stripe account is created now, and they take it
 * over by signing up with the invitation created on their page.
 */
export function AddWriterDialog({ onClose, onAdded }: AddWriterDialogProps) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [country, setCountry] = useState('');
  const [{ fetching, error }, createWriter] = useMutation(AddWriterDialog_CreateWriter);
  const problem = error ? describeError(error) : null;
  const emailError = fieldMessage(problem, 'email');
  const nameError = fieldMessage(problem, 'displayName');
  const countryError = fieldMessage(problem, 'country');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createWriter({ input: { email: email.trim(), displayName: displayName.trim(), country } });
    if (result.data) onAdded(result.data.createWriter);
    else if (result.error) focusFirstRejected(describeError(result.error), FIELDS);
  }

  return (
    <Dialog title="Add a writer" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">Creates their Stripe Express account now. They take it over by signing up with the invitation you create on their page.</p>
        <ErrorNotice title="The writer was not added" problem={problem} />
        <label htmlFor="add-writer-email">Email</label>
        <input
          id="add-writer-email"
          type="email"
          required
          autoFocus
          value={email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={describedBy('add-writer-email', emailError)}
          onChange={(event) => setEmail(event.target.value)}
        />
        <FieldError id="add-writer-email" message={emailError} />
        <label htmlFor="add-writer-name">Name</label>
        <input
          id="add-writer-name"
          required
          maxLength={120}
          value={displayName}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={describedBy('add-writer-name', nameError)}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <FieldError id="add-writer-name" message={nameError} />
        <label htmlFor="add-writer-country">Country</label>
        <select
          id="add-writer-country"
          required
          value={country}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={describedBy('add-writer-country', countryError, 'add-writer-country-hint')}
          onChange={(event) => setCountry(event.target.value)}
        >
          <option value="">Choose a country</option>
          {PAYABLE_COUNTRIES.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <FieldError id="add-writer-country" message={countryError} />
        <p id="add-writer-country-hint" className="hint">
          The platform can pay writers in the US, Canada, the UK, the EEA and Switzerland.
        </p>
        <FormActions onCancel={onClose} submitLabel="Add writer" busyLabel="Adding…" busy={fetching} />
      </form>
    </Dialog>
  );
}
