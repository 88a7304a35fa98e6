import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Collection } from '../../sandbox/state/collection';
import { SqliteStateStore } from '../../sandbox/state/sqlite-state-store';
import { StateJournal, StateNotSavedError } from '../../sandbox/state/state-journal';
import { entriesOf, metaOf } from '../../sandbox/state/state-rows';
import type { Transfer } from '../../sandbox/transfers/transfer.model';
import { TRANSFERS } from '../../sandbox/transfers/transfer.stores';

const directory = mkdtempSync(join(tmpdir(), 'sandbox-journal-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const META = metaOf('acct_platform', 0);
/** Only the fields these tests read; the store keeps whatever JSON it is given. */
const transfer = (id: string, amount: number) => ({ id, amount }) as unknown as Transfer;

function journalOn(store: SqliteStateStore) {
  const rowsWritten: number[] = [];
  const journal = new StateJournal((batch) => rowsWritten.push(store.commit(batch, META)));
  return { journal, rowsWritten, transfers: new Collection<Transfer>('transfers', journal) };
}

describe('the state journal and its SQLite store', () => {
  test('a commit writes only the objects that changed, and a reopened store reads them back in order', () => {
    const path = join(directory, 'rows.sqlite');
    const store = SqliteStateStore.open(path, [TRANSFERS]);
    const { journal, rowsWritten, transfers } = journalOn(store);
    journal.write(() => ['tr_a', 'tr_b', 'tr_c'].forEach((id) => transfers.insert('acct_platform', transfer(id, 100))));
    journal.write(() => transfers.values());
    journal.write(() => {
      transfers.get('tr_b')!.amount = 250;
      transfers.get('tr_c');
    });
    journal.write(() => transfers.delete('tr_a'));
    journal.read(() => transfers.values().forEach((object) => (object.amount += 0)));
    expect(rowsWritten).toEqual([3, 0, 1, 1]);
    store.close();

    const saved = SqliteStateStore.open(path, [TRANSFERS]).load()!;
    expect(saved.platformAccountId).toBe('acct_platform');
    expect(entriesOf<Transfer>(saved, TRANSFERS.name).map((entry) => [entry.object.id, entry.object.amount])).toEqual([
      ['tr_b', 250],
      ['tr_c', 100],
    ]);
  });

  test('a unit that throws still commits what it changed before throwing', () => {
    const path = join(directory, 'throws.sqlite');
    const { journal, transfers } = journalOn(SqliteStateStore.open(path, [TRANSFERS]));
    expect(() =>
      journal.write(() => {
        transfers.insert('acct_platform', transfer('tr_kept', 100));
        throw new Error('handler failed half-way');
      }),
    ).toThrow('handler failed half-way');
    expect(entriesOf<Transfer>(SqliteStateStore.open(path, [TRANSFERS]).load(), TRANSFERS.name).map((entry) => entry.object.id)).toEqual(['tr_kept']);
  });

  test('work committed only after the unit ends runs after its commit', () => {
    const order: string[] = [];
    const journal = new StateJournal(() => order.push('commit'));
    journal.write(() => {
      journal.afterCommit(() => order.push('send webhook'));
      order.push('change');
    });
    expect(order).toEqual(['change', 'commit', 'send webhook']);
  });

  test('a change outside a write unit is refused, and once a commit fails every unit is', () => {
    const journal = new StateJournal(() => {
      throw new Error('disk full');
    });
    const transfers = new Collection<Transfer>('transfers', journal);
    expect(() => transfers.insert('acct_platform', transfer('tr_outside', 1))).toThrow(/outside a unit of work/);
    expect(() => journal.read(() => transfers.insert('acct_platform', transfer('tr_in_read', 1)))).toThrow(/outside a unit of work/);
    expect(() => journal.write(() => transfers.insert('acct_platform', transfer('tr_lost', 1)))).toThrow(StateNotSavedError);
    expect(() => journal.read(() => transfers.size)).toThrow(StateNotSavedError);
    expect(() => journal.write(() => undefined)).toThrow(/restart the sandbox/);
  });
});
