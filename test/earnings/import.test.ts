import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { first, present } from '../kit/checks';
import { adminWithTwoFactor, createApiKeySecret, execute, signUpWriter, type SignedInWriter } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { importEarnings, importEarningsError, ledgerBalances } from '../kit/payout-runs';
import { type Stack, startStack } from '../kit/stack';

const EarningsImport_Record = graphql(`
  mutation EarningsImport_Record($input: RecordEarningsInput!) {
    recordEarnings(input: $input) {
      id
      reference
      amount {
        amount
      }
    }
  }
`);

const EarningsImport_Count = graphql(`
  query EarningsImport_Count($id: ID!) {
    writer(id: $id) {
      earnings {
        totalCount
      }
    }
  }
`);
const HEADER = 'writer,amount,revenue,currency,period_start,period_end,reference';

describe('earnings in: bad rows reported by row before anything is written; each reference recorded once', () => {
  let stack: Stack;
  let admin: string;
  let writer: SignedInWriter;

  beforeAll(async () => {
    stack = await startStack({ REVENUE_SHARE_PERCENT: '62.5' });
    admin = (await adminWithTwoFactor(stack)).token;
    writer = await signUpWriter(stack);
  });
  afterAll(() => stack.close());

  const earningsCount = async () => (await execute(stack, EarningsImport_Count, { id: writer.writerId }, admin)).writer.earnings.totalCount;

  it('reports every refused row with its number and reason, and writes nothing', async () => {
    const csv = [
      HEADER,
      `${writer.writerId},1000,,usd,2026-11-01,2026-11-30,ok-1`,
      `${writer.writerId},1000,,usd,2026-11-01`,
      `nobody@example.com,1000,,usd,2026-11-01,2026-11-30,unknown-writer`,
      `${writer.writerId},-500,,usd,2026-11-01,2026-11-30,negative`,
      `${writer.writerId},12.5,,usd,2026-11-01,2026-11-30,fractional`,
      `${writer.email},800,,eur,2026-11-01,2026-11-30,other-currency`,
      `${writer.writerId},700,,usd,2026-11-01,2026-11-30,ok-1`,
      `${writer.writerId},,1000,usd,2026-11-31,2026-11-30,bad-date`,
      `${writer.writerId},"5,0,,usd,2026-11-01,2026-11-30,open-quote`,
    ].join('\n');
    const report = await importEarnings(stack, admin, csv, true);
    const reasons = Object.fromEntries(report.rejected.map((entry) => [entry.row, entry.reason]));
    expect(Object.keys(reasons).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(reasons[3]).toMatch(/^malformed row: 5 fields where the header has 7/);
    expect(reasons[4]).toMatch(/no writer .* nobody@example.com/);
    expect(reasons[5]).toMatch(/amount "-500" is negative/);
    expect(reasons[6]).toMatch(/amount "12.5" is fractional/);
    expect(reasons[7]).toMatch(/currency eur differs from the file's usd/);
    expect(reasons[8]).toMatch(/reference ok-1 is also on row 2/);
    expect(reasons[9]).toMatch(/period_start "2026-11-31" is not a date/);
    expect(reasons[10]).toMatch(/^malformed row/);
    expect(report).toMatchObject({ dryRun: true, rowsAccepted: 1 });

    const refusal = await importEarningsError(stack, admin, csv);
    expect(refusal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rejected: report.rejected });
    expect(refusal?.message).toMatch(/nothing was recorded/);
    expect(await earningsCount()).toBe(0);
    expect((await ledgerBalances(stack, admin)).balances).toEqual([]);
  });

  it('names writers unknown by id and by Stripe account as well as by email', async () => {
    const csv = [
      HEADER,
      `00000000-0000-0000-0000-000000000000,100,,usd,2026-11-01,2026-11-30,unknown-id`,
      `acct_nobody,100,,usd,2026-11-01,2026-11-30,unknown-account`,
    ].join('\n');
    const report = await importEarnings(stack, admin, csv, true);
    expect(report.rejected).toEqual([
      { row: 2, reason: expect.stringMatching(/no writer .* 00000000-0000-0000-0000-000000000000/) },
      { row: 3, reason: expect.stringMatching(/no writer .* acct_nobody/) },
    ]);
    expect(report).toMatchObject({ rowsAccepted: 0, totalAmount: null });
  });

  it('refuses a file without the columns it needs, naming them', async () => {
    const refusal = await importEarningsError(stack, admin, 'writer,amount\nx,1');
    expect(refusal).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(refusal?.message).toMatch(/lacks currency, period_start, period_end, reference/);
  });

  it('applies the revenue share rounded down, and a re-import adds nothing', async () => {
    expect(await execute(stack, '{ revenueSharePercent }', {}, admin)).toEqual({ revenueSharePercent: 62.5 });
    const reference = `rev-${randomUUID()}`;
    const csv = `${HEADER}\n${writer.writerId},,999,usd,2026-10-01,2026-10-31,${reference}`;
    expect(await importEarnings(stack, admin, csv)).toMatchObject({ rowsAccepted: 1, totalAmount: { amount: 624 } });
    expect(await importEarnings(stack, admin, csv)).toMatchObject({ rowsAccepted: 0, rowsAlreadyRecorded: 1 });
    const changed = await importEarningsError(stack, admin, csv.replace(',999,', ',1999,'));
    expect(first(present(changed, 'a refusal').extensions.rejected, 'a rejected row')).toMatchObject({
      row: 2,
      reason: expect.stringMatching(/recorded before with other values/),
    });
    expect(await earningsCount()).toBe(1);
  });

  it('records by API key once per reference; a key without EARNINGS_WRITE is refused', async () => {
    const earningsKey = await createApiKeySecret(stack, admin, 'Backend EARNINGS_WRITE', ['EARNINGS_WRITE']);
    const readKey = await createApiKeySecret(stack, admin, 'Backend WRITERS_READ', ['WRITERS_READ']);
    const input = {
      writerId: writer.writerId,
      amount: 300,
      currency: 'usd',
      periodStart: '2026-09-01',
      periodEnd: '2026-09-30',
      reference: `api-${randomUUID()}`,
    };
    const recorded = (await execute(stack, EarningsImport_Record, { input }, earningsKey)).recordEarnings;
    const again = (await execute(stack, EarningsImport_Record, { input }, earningsKey)).recordEarnings;
    expect(again.id).toBe(recorded.id);
    const conflict = await postGraphQL(stack.url, EarningsImport_Record, { input: { ...input, amount: 301 } }, { token: earningsKey });
    expect(conflict.body.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_CONFLICT');
    const refused = await postGraphQL(stack.url, EarningsImport_Record, { input: { ...input, reference: `api-${randomUUID()}` } }, { token: readKey });
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/EARNINGS_WRITE/) });
    const ledger = await ledgerBalances(stack, admin);
    expect(ledger.sums).toEqual({ usd: 0 });
    expect(ledger.of('WRITER_PAYABLE')).toBe(-(624 + 300));
  });

  it('writes nothing in a dry run of a good file: the import afterwards records every row', async () => {
    const reference = `dry-${randomUUID()}`;
    const csv = `${HEADER}\n${writer.writerId},400,,usd,2026-12-01,2026-12-31,${reference}-a\n${writer.email},,800,usd,2026-12-01,2026-12-31,${reference}-b`;
    const before = await earningsCount();
    const ledgerBefore = (await ledgerBalances(stack, admin)).balances;
    const dryRun = await importEarnings(stack, admin, csv, true);
    expect(dryRun).toMatchObject({
      dryRun: true,
      rowsTotal: 2,
      rowsAccepted: 2,
      rowsAlreadyRecorded: 0,
      rejected: [],
      totalAmount: { amount: 400 + 500, currency: 'usd' },
    });
    expect(await earningsCount()).toBe(before);
    expect((await ledgerBalances(stack, admin)).balances).toEqual(ledgerBefore);
    expect(await importEarnings(stack, admin, csv)).toMatchObject({ dryRun: false, rowsAccepted: 2, rowsAlreadyRecorded: 0, totalAmount: { amount: 900 } });
    expect(await earningsCount()).toBe(before + 2);
  });

  it('sums what a writer is owed per currency, in currency order', async () => {
    const payable = async () =>
      (await execute(stack, 'query($id: ID!) { writer(id: $id) { payableBalance { amount currency } } }', { id: writer.writerId }, admin)).writer
        .payableBalance;
    const [usd] = await payable();
    expect(usd).toMatchObject({ currency: 'usd', amount: 624 + 300 + 900 });
    await importEarnings(
      stack,
      admin,
      `${HEADER}\n${writer.writerId},300,,eur,2026-12-01,2026-12-31,eur-${randomUUID()}\n${writer.writerId},45,,eur,2026-12-01,2026-12-31,eur-${randomUUID()}`,
    );
    expect(await payable()).toEqual([{ amount: 345, currency: 'eur' }, usd]);
  });
});
