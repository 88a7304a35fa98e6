import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import type { ImportEarningsPage_ImportMutation } from '../gql/graphql';
import { Link } from '../router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FieldError } from '../ui/FieldError';
import { PageHeader } from '../ui/PageHeader';
import { describeError } from '../ui/server-error';
import { EarningsImportReport } from './EarningsImportReport';
import { RevenueShareCard } from './RevenueShareCard';

const ImportEarningsPage_Import = graphql(`
  mutation ImportEarningsPage_Import($input: ImportEarningsInput!) {
    importEarnings(input: $input) {
      id
      dryRun
      rowsTotal
      rowsAccepted
      rowsAlreadyRecorded
      totalAmount {
        amount
        currency
        formatted
      }
      rejected {
        row
        reason
      }
    }
  }
`);

// The gateway's limit on one request's file (ImportEarningsInput.csv).
const MAX_CSV_CHARACTERS = 95_000;

/** The CSV, pasted into the box or read from a file chosen. */
function CsvFields({ csv, onCsv, csvError }: { csv: string; onCsv: (csv: string) => void; csvError: string | null }) {
  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) onCsv(await file.text());
  }
  return (
    <>
      <label htmlFor="earnings-csv">Earnings CSV</label>
      <textarea
        id="earnings-csv"
        rows={8}
        spellCheck={false}
        placeholder={'writer,amount,currency,period_start,period_end,reference\nada@example.com,1500,usd,2026-11-01,2026-11-30,nov-ada'}
        value={csv}
        onChange={(event) => onCsv(event.target.value)}
        aria-invalid={csvError ? true : undefined}
        aria-describedby={csvError ? 'earnings-csv-error' : undefined}
      />
      <FieldError id="earnings-csv" message={csvError} />
      <label htmlFor="earnings-file">Or choose a CSV file</label>
      <input id="earnings-file" type="file" accept=".csv,text/csv" onChange={(event) => void chooseFile(event)} />
    </>
  );
}

/** Earnings from a CSV: pasted or chosen, checked in a dry run that lists every refused row, then imported. */
export function ImportEarningsPage() {
  const canAct = useCanAct();
  const [csv, setCsv] = useState('');
  const [csvError, setCsvError] = useState<string | null>(null);
  const [{ data, fetching, error }, importEarnings] = useMutation(ImportEarningsPage_Import);
  // The text the last answer was about: an edit asks for a new dry run.
  const [answeredFor, setAnsweredFor] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const report = answeredFor === csv ? data?.importEarnings : undefined;
  const imported = report && !report.dryRun;
  const importable = report?.dryRun && report.rejected.length === 0 && report.rowsAccepted > 0;

  async function send(dryRun: boolean) {
    const problem = csvProblem(csv);
    setCsvError(problem);
    if (problem) return document.getElementById('earnings-csv')?.focus();
    setChecking(dryRun);
    await importEarnings({ input: { csv, dryRun } });
    setAnsweredFor(csv);
  }

  return (
    <>
      <PageHeader title="Import earnings" eyebrow={<Link to="/payout-runs">Payout runs</Link>}>
        <p className="muted">
          Record what writers earned in a period from a CSV; a payout run then pays them. Check the file first: a dry run records nothing.
        </p>
      </PageHeader>
      <RevenueShareCard />
      <form
        className="card"
        aria-labelledby="import-form-title"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void send(true);
        }}
      >
        <h2 id="import-form-title">The file</h2>
        <CsvFields csv={csv} onCsv={setCsv} csvError={csvError} />
        <div className="form-actions">
          <button
            type="submit"
            className={`button${importable ? '' : ' button-primary'}`}
            disabled={fetching || !canAct}
            title={canAct ? undefined : VIEWER_ONLY_REASON}
          >
            {fetching && checking ? 'Checking…' : 'Check the file'}
          </button>
          {importable && (
            <button type="button" className="button button-primary" onClick={() => void send(false)} disabled={fetching}>
              {fetching && !checking ? 'Importing…' : `Import ${report.rowsAccepted} ${report.rowsAccepted === 1 ? 'earning' : 'earnings'}`}
            </button>
          )}
        </div>
      </form>
      {answeredFor === csv && <ErrorNotice title="The file was not imported" problem={error ? describeError(error) : null} />}
      {imported && <ImportedNotice report={report} />}
      {report && <EarningsImportReport report={report} />}
    </>
  );
}

/** Why the text cannot be sent as it is, or null. */
function csvProblem(csv: string): string | null {
  if (!csv.trim()) return 'Paste the CSV or choose a file first.';
  if (csv.length > MAX_CSV_CHARACTERS) {
    return `The file has ${csv.length.toLocaleString()} characters; import at most ${MAX_CSV_CHARACTERS.toLocaleString()} at a time: split it.`;
  }
  return null;
}

function ImportedNotice({ report }: { report: ImportEarningsPage_ImportMutation['importEarnings'] }) {
  return (
    <p className="notice notice-success" role="status">
      Recorded {report.rowsAccepted} {report.rowsAccepted === 1 ? 'earning' : 'earnings'}
      {report.totalAmount && report.rowsAccepted > 0 && `, ${report.totalAmount.formatted} in all`}
      {report.rowsAlreadyRecorded > 0 && ` (${report.rowsAlreadyRecorded} recorded before were skipped)`}. <Link to="/payout-runs">Draft a payout run</Link> to
      pay them.
    </p>
  );
}
