import { graphql } from '../gql';
import { adminWithTwoFactor, execute, onboardedWriter } from '../kit/flows';
import { dataOf } from '../kit/graphql-client';
import { REVERSE_TRANSFER, createTransfer, fundPlatform, waitForTransferStatus } from '../kit/money';
import { ledgerBalances } from '../kit/payout-runs';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const Ledger_WriterBalances = graphql(`
  query Ledger_WriterBalances($id: ID) {
    ledgerBalances(writerId: $id) {
      account
      balance {
        amount
      }
    }
  }
`);

/** A transfer typed in the console is in the ledger too: sent from platform cash, paid, reversed back. */
describe('the ledger follows transfers sent by hand', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('posts sent, paid and reversed, each summing to zero', async () => {
    const admin = (await adminWithTwoFactor(stack)).token;
    const writer = await onboardedWriter(stack);
    await fundPlatform(stack, admin, 100_000);
    const sent = await createTransfer(stack, admin, { writerId: writer.writerId, amount: 2_000 });
    const transferId = dataOf(sent).createTransfer.id;
    await waitForTransferStatus(stack, admin, transferId, 'PAID');
    const paid = await ledgerBalances(stack, admin);
    expect({ sums: paid.sums, cash: paid.of('PLATFORM_CASH'), inTransit: paid.of('IN_TRANSIT'), paid: paid.of('WRITER_PAID') }).toEqual({
      sums: { usd: 0 },
      cash: 2_000,
      inTransit: 0,
      paid: -2_000,
    });

    await execute(stack, REVERSE_TRANSFER, { input: { transferId, amount: 500, reason: 'Duplicate answer' } }, admin);
    const reversed = await waitFor(() => ledgerBalances(stack, admin), {
      until: (ledger) => ledger.of('WRITER_PAID') === -1_500,
      what: 'reversal posted',
    });
    expect({ sums: reversed.sums, cash: reversed.of('PLATFORM_CASH') }).toEqual({ sums: { usd: 0 }, cash: 1_500 });
    const writerOnly = (await execute(stack, Ledger_WriterBalances, { id: writer.writerId }, admin)).ledgerBalances;
    expect(writerOnly).toEqual(expect.arrayContaining([{ account: 'WRITER_PAID', balance: { amount: -1_500 } }]));
  });
});
