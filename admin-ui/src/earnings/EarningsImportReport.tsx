import type { ImportEarningsPage_ImportMutation } from '../gql/graphql';

type Report = ImportEarningsPage_ImportMutation['importEarnings'];

/** What a dry run found: counts, the total, and every refused row with its number and reason. */
export function EarningsImportReport({ report }: { report: Report }) {
  const refused = report.rejected.length;
  return (
    <section className="card" aria-labelledby="import-report-title" data-import-report={report.dryRun ? 'dry-run' : 'imported'}>
      <h2 id="import-report-title">{report.dryRun ? 'Dry run: nothing was recorded' : 'Imported'}</h2>
      <dl className="details">
        <dt>Rows in the file</dt>
        <dd>{report.rowsTotal}</dd>
        <dt>{report.dryRun ? 'To record' : 'Recorded'}</dt>
        <dd data-rows-accepted>
          {report.rowsAccepted}
          {report.totalAmount && report.rowsAccepted > 0 && <> · {report.totalAmount.formatted}</>}
        </dd>
        <dt>Already recorded</dt>
        <dd>{report.rowsAlreadyRecorded > 0 ? `${report.rowsAlreadyRecorded} (skipped: their references were imported before)` : 'None'}</dd>
        <dt>Refused</dt>
        <dd data-rows-refused>{refused}</dd>
      </dl>
      {refused > 0 && (
        <>
          <p className="notice notice-error" role="alert">
            {refused} {refused === 1 ? 'row was' : 'rows were'} refused, so the file cannot be imported. Fix {refused === 1 ? 'it' : 'them'} and check the file
            again.
          </p>
          <div className="table-wrap">
            <table className="table table-cards">
              <caption className="visually-hidden">Refused rows</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Row
                  </th>
                  <th scope="col">Why it was refused</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((rejection, index) => (
                  <tr key={`${rejection.row}-${index}`} data-refused-row={rejection.row}>
                    <td data-label="Row" className="numeric">
                      {rejection.row}
                    </td>
                    <td data-label="Why it was refused">{rejection.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
