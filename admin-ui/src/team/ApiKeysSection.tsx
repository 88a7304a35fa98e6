import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ApiKeyScope, ApiKeysSection_KeysQuery } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormActions } from '../ui/FormActions';
import { ShownOnceDialog } from '../ui/ShownOnceDialog';
import { formatDateTime } from '../ui/format';
import { describeError } from '../ui/server-error';
import { LoadingState } from '../ui/states';

const ApiKeysSection_Keys = graphql(`
  query ApiKeysSection_Keys {
    apiKeys {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const ApiKeysSection_Create = graphql(`
  mutation ApiKeysSection_Create($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
      }
    }
  }
`);

const ApiKeysSection_Revoke = graphql(`
  mutation ApiKeysSection_Revoke($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

const SCOPES: Array<{ scope: ApiKeyScope; label: string }> = [
  { scope: 'EARNINGS_WRITE', label: 'Report earnings' },
  { scope: 'WRITERS_READ', label: 'Read writers' },
  { scope: 'CHECKOUT_WRITE', label: 'Start readers’ payments' },
];
const KEY_TYPENAMES = { additionalTypenames: ['ApiKey'] };

function CreateApiKeyDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [{ data, fetching, error }, create] = useMutation(ApiKeysSection_Create);
  const toggle = (scope: ApiKeyScope) => setScopes((current) => (current.includes(scope) ? current.filter((each) => each !== scope) : [...current, scope]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await create({ input: { name, scopes } });
  }

  if (data) {
    return (
      <ShownOnceDialog title="API key created" label="API key secret" value={data.createApiKey.secret} onClose={onClose}>
        <p>Copy the secret into your backend’s configuration now: it is shown only once.</p>
      </ShownOnceDialog>
    );
  }
  return (
    <Dialog title="Create an API key" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorNotice title="The key was not created" problem={error ? describeError(error) : null} />
        <label htmlFor="api-key-name">Name</label>
        <input id="api-key-name" required autoFocus maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
        <fieldset>
          <legend>What it may do</legend>
          {SCOPES.map(({ scope, label }) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} /> {label}
            </label>
          ))}
        </fieldset>
        <FormActions onCancel={onClose} submitLabel="Create key" busyLabel="Creating…" busy={fetching} />
      </form>
    </Dialog>
  );
}

/** The platform backend's API keys: created with scopes, shown once, revoked here. */
export function ApiKeysSection() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiKeysSection_Keys, context: KEY_TYPENAMES });
  const [revoked, revoke] = useMutation(ApiKeysSection_Revoke);
  const [creating, setCreating] = useState(false);
  if (!data) return fetching ? <LoadingState label="Loading API keys…" /> : <ErrorNotice title="API keys could not be loaded" error={error} />;
  return (
    <section aria-labelledby="api-keys-title" className="card">
      <div className="card-header">
        <h2 id="api-keys-title">API keys</h2>
        <button type="button" className="button" onClick={() => setCreating(true)}>
          Create API key
        </button>
      </div>
      <ErrorNotice title="The key was not revoked" error={revoked.error} />
      {data.apiKeys.length === 0 ? (
        <p className="muted">No API keys yet. The platform’s backend needs one to report earnings.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Scopes</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.apiKeys.map((key) => (
                <ApiKeyRow key={key.id} apiKey={key} onRevoke={() => void revoke({ id: key.id }, KEY_TYPENAMES)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && (
        <CreateApiKeyDialog
          onClose={() => {
            setCreating(false);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </section>
  );
}

function ApiKeyRow({ apiKey, onRevoke }: { apiKey: ApiKeysSection_KeysQuery['apiKeys'][number]; onRevoke: () => void }) {
  return (
    <tr>
      <td>{apiKey.name}</td>
      <td>
        <code>{apiKey.prefix}…</code>
      </td>
      <td>{apiKey.scopes.map((scope) => SCOPES.find((each) => each.scope === scope)?.label ?? scope).join(', ')}</td>
      <td>{apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : 'Never'}</td>
      <td>
        {apiKey.revokedAt ? (
          <span className="muted">Revoked {formatDateTime(apiKey.revokedAt)}</span>
        ) : (
          <button
            type="button"
            className="button button-small"
            onClick={() => window.confirm(`Revoke “${apiKey.name}”? Requests with it are refused from now on.`) && onRevoke()}
          >
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
