import { expandableFieldsOf } from '../../sandbox/http/expand';
import { collectionStore, SandboxState } from '../../sandbox/kernel/sandbox.state';
import { SANDBOX_STORES } from '../../sandbox/sandbox.stores';
import { StateJournal } from '../../sandbox/state/state-journal';
import { TOPUPS } from '../../sandbox/topups/topup.stores';
import { TRANSFERS } from '../../sandbox/transfers/transfer.stores';

/** The registry (`sandbox.stores.ts`): every store declared once, and what is read from it. */
describe('the store registry', () => {
  test('names each store once and gives each kind of object its own id prefix', () => {
    const names = SANDBOX_STORES.map((store) => store.name);
    expect(new Set(names).size).toBe(names.length);
    // A balance transaction's source is found by id across stores: ids of two stores never collide.
    const prefixes = SANDBOX_STORES.flatMap((store) => (store.shape === 'collection' ? [store.idPrefix] : []));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  test('builds a state holding every store, loads a store missing from a saved file empty, and refuses one it lacks', () => {
    const journal = new StateJournal();
    const saved = {
      version: 1 as const,
      clockOffsetSeconds: 0,
      platformAccountId: 'acct_platform',
      topups: [{ owner: 'acct_platform', object: { id: 'tu_kept' } }],
    };
    const state = new SandboxState('acct_platform', SANDBOX_STORES, journal, saved);
    expect(state.of(TOPUPS).get('tu_kept')).toEqual({ id: 'tu_kept' });
    expect(state.of(TRANSFERS).size).toBe(0);
    const unregistered = collectionStore<{ id: string }>({ name: 'widgets', idPrefix: 'wdg', objectType: 'widget' });
    expect(() => state.of(unregistered)).toThrow(/widgets is not in the registry/);
    expect(() => new SandboxState('acct_platform', [...SANDBOX_STORES, TOPUPS], journal)).toThrow(/two stores are named topups/);
  });

  test('serves expand[] for the object types whose stores declare it, each naming a stored type', () => {
    const fields = expandableFieldsOf(SANDBOX_STORES);
    expect(Object.keys(fields).sort()).toEqual(
      [
        'application_fee',
        'balance_transaction',
        'capability',
        'charge',
        'checkout.session',
        'dispute',
        'fee_refund',
        'payment_intent',
        'payout',
        'price',
        'product',
        'refund',
        'topup',
        'transfer',
        'transfer_reversal',
      ].sort(),
    );
    expect(fields.transfer).toMatchObject({ destination: { expandsTo: 'account' }, destination_payment: { expandsTo: 'charge' } });
    const broken = collectionStore<{ id: string }>({ name: 'widgets', idPrefix: 'wdg', objectType: 'widget', expandable: { gadget: 'gadget' } });
    expect(() => expandableFieldsOf([...SANDBOX_STORES, broken])).toThrow(/no store holds gadget objects/);
  });
});
