import { useState } from 'react';
import { CombinedError } from 'urql';
import { downloadCsv } from './csv';
import { ErrorNotice } from './ErrorNotice';

/** Downloads the whole list, with the filters shown, as CSV. */
export function ExportButton({ fileName, exportCsv }: { fileName: string; exportCsv: () => Promise<string> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  async function run() {
    setBusy(true);
    setError(undefined);
    try {
      downloadCsv(`${fileName}-${new Date().toISOString().slice(0, 10)}.csv`, await exportCsv());
    } catch (failure) {
      setError(failure instanceof CombinedError ? failure : new CombinedError({ networkError: failure as Error }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Exporting…' : 'Export CSV'}
      </button>
      {error && <ErrorNotice title="Could not export" error={error} />}
    </>
  );
}
