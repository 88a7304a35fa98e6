import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { describeError, isFieldRejected } from '../ui/server-error';
import { FormActions } from '../ui/FormActions';

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
  const invalid = (field: string) => isFieldRejected(problem, field) || undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createWriter({ input: { email: email.trim(), displayName: displayName.trim(), country: country.trim().toUpperCase() } });
    if (result.data) onAdded(result.data.createWriter);
  }

  return (
    <Dialog title="Add a writer" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="muted">Creates their Stripe Express account now. They take it over by signing up with the invitation you create on their page.</p>
        <ErrorNotice title="The writer was not added" problem={problem} />
        <label htmlFor="add-writer-email">Email</label>
        <input id="add-writer-email" type="email" required autoFocus value={email} aria-invalid={invalid('email')} onChange={(event) => setEmail(event.target.value)} />
        <label htmlFor="add-writer-name">Name</label>
        <input id="add-writer-name" required maxLength={120} value={displayName} aria-invalid={invalid('displayName')} onChange={(event) => setDisplayName(event.target.value)} />
        <label htmlFor="add-writer-country">Country</label>
        <input
          id="add-writer-country"
          required
          maxLength={2}
          autoCapitalize="characters"
          aria-describedby="add-writer-country-hint"
          aria-invalid={invalid('country')}
          value={country}
          onChange={(event) => setCountry(event.target.value)}
        />
        <p id="add-writer-country-hint" className="hint">
          Two-letter code, such as US, GB or DE: the US, Canada, the UK, the EEA and Switzerland can be paid.
        </p>
        <FormActions onCancel={onClose} submitLabel="Add writer" busyLabel="Adding…" busy={fetching} />
      </form>
    </Dialog>
  );
}
