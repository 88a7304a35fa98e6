import { randomUUID } from 'node:crypto';
import { type EntityManager, In } from 'typeorm';
import type { Database } from '../db/database';
import { LedgerAccount } from './ledger-account';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerTransactionRecord } from './ledger-transaction.entity';

export interface LedgerLine {
  account: LedgerAccount;
  writerId?: string | null;
  /** Signed: debit positive, credit negative. */
  amountMinor: number;
}

/** One balanced transaction to post; `reference` names the event so it is posted once. */
export interface LedgerPosting {
  kind: string;
  reference: string;
  currency: string;
  description?: string | null;
  lines: LedgerLine[];
}

export const debit = (account: LedgerAccount, amountMinor: number, writerId: string | null = null): LedgerLine => ({ account, writerId, amountMinor });
export const credit = (account: LedgerAccount, amountMinor: number, writerId: string | null = null): LedgerLine => ({
  account,
  writerId,
  amountMinor: -amountMinor,
});

export interface AccountBalance {
  account: LedgerAccount;
  currency: string;
  /** Debits minus credits. */
  balanceMinor: number;
}

const INSERT_CHUNK = 400;

/**
 * The double-entry ledger: append-only, integer minor units. Callers post inside the
 * transaction that makes the change the posting records, so both commit or neither does.
 */
export class LedgerService {
  constructor(private readonly database: Database) {}

  /** Posts once per reference; false when that reference was posted before. */
  async post(manager: EntityManager, posting: LedgerPosting): Promise<boolean> {
    return (await this.postMany(manager, [posting])) === 1;
  }

  /** Posts each new reference (skipping those already posted); returns how many were posted. */
  async postMany(manager: EntityManager, postings: LedgerPosting[]): Promise<number> {
    postings.forEach(assertBalanced);
    const posted = new Set<string>();
    for (let start = 0; start < postings.length; start += INSERT_CHUNK) {
      const references = postings.slice(start, start + INSERT_CHUNK).map((posting) => posting.reference);
      const found = await manager.find(LedgerTransactionRecord, { where: { reference: In(references) }, select: { reference: true } });
      for (const { reference } of found) posted.add(reference);
    }
    const fresh = postings.filter((posting) => !posted.has(posting.reference) && posted.add(posting.reference));
    const createdAt = new Date();
    const transactions = fresh.map((posting) => ({
      id: randomUUID(),
      kind: posting.kind,
      reference: posting.reference,
      currency: posting.currency,
      description: posting.description ?? null,
      createdAt,
    }));
    const entries = fresh.flatMap((posting, index) =>
      posting.lines.map((line) => ({
        id: randomUUID(),
        transactionId: transactions[index]!.id,
        account: line.account,
        writerId: line.writerId ?? null,
        currency: posting.currency,
        amountMinor: line.amountMinor,
        createdAt,
      })),
    );
    await insertChunks(manager, LedgerTransactionRecord, transactions);
    await insertChunks(manager, LedgerEntry, entries);
    return fresh.length;
  }

  /** Every account's balance, summed over writers; optionally one currency or one writer's accounts. */
  async balances(filter: { currency?: string; writerId?: string } = {}): Promise<AccountBalance[]> {
    const query = this.database.manager
      .createQueryBuilder(LedgerEntry, 'entry')
      .select('entry.account', 'account')
      .addSelect('entry.currency', 'currency')
      .addSelect('SUM(entry.amountMinor)', 'balance')
      .groupBy('entry.account')
      .addGroupBy('entry.currency')
      .orderBy('entry.currency')
      .addOrderBy('entry.account');
    if (filter.currency) query.andWhere('entry.currency = :currency', { currency: filter.currency });
    if (filter.writerId) query.andWhere('entry.writerId = :writerId', { writerId: filter.writerId });
    const rows: Array<{ account: LedgerAccount; currency: string; balance: string | number }> = await query.getRawMany();
    return rows.map((row) => ({ account: row.account, currency: row.currency, balanceMinor: Number(row.balance) }));
  }

  /** What the writer is owed and not yet sent, per currency (a credit balance, shown positive). */
  async payable(writerId: string, manager: EntityManager = this.database.manager): Promise<Array<{ currency: string; amountMinor: number }>> {
    // Summed here, not with GROUP BY: grouping by currency makes SQLite walk every writer's
    // payable entries through the (account, currency, writerId) index instead of this writer's
    // few through (writerId, account), once per item of a payout run.
    const entries: Array<{ currency: string; amountMinor: string | number }> = await manager
      .createQueryBuilder(LedgerEntry, 'entry')
      .select('entry.currency', 'currency')
      .addSelect('entry.amountMinor', 'amountMinor')
      .where('entry.writerId = :writerId AND entry.account = :account', { writerId, account: LedgerAccount.WRITER_PAYABLE })
      .getRawMany();
    const balances = new Map<string, number>();
    for (const entry of entries) balances.set(entry.currency, (balances.get(entry.currency) ?? 0) + Number(entry.amountMinor));
    return [...balances]
      .map(([currency, balance]) => ({ currency, amountMinor: -balance }))
      .filter((row) => row.amountMinor !== 0)
      .sort((a, b) => a.currency.localeCompare(b.currency));
  }

  async payableIn(manager: EntityManager, writerId: string, currency: string): Promise<number> {
    return (await this.payable(writerId, manager)).find((row) => row.currency === currency)?.amountMinor ?? 0;
  }

  /** Writers owed at least `minimumMinor` in `currency`, largest first. */
  async payablesAtLeast(currency: string, minimumMinor: number): Promise<Array<{ writerId: string; amountMinor: number }>> {
    const rows: Array<{ writerId: string; balance: string | number }> = await this.database.manager
      .createQueryBuilder(LedgerEntry, 'entry')
      .select('entry.writerId', 'writerId')
      .addSelect('SUM(entry.amountMinor)', 'balance')
      .where('entry.account = :account AND entry.currency = :currency', { account: LedgerAccount.WRITER_PAYABLE, currency })
      .groupBy('entry.writerId')
      .having('-SUM(entry.amountMinor) >= :minimum', { minimum: Math.max(minimumMinor, 1) })
      .orderBy('SUM(entry.amountMinor)', 'ASC')
      .getRawMany();
    return rows.map((row) => ({ writerId: row.writerId, amountMinor: -Number(row.balance) }));
  }
}

function assertBalanced(posting: LedgerPosting): void {
  const sum = posting.lines.reduce((total, line) => total + line.amountMinor, 0);
  if (sum !== 0 || posting.lines.some((line) => !Number.isSafeInteger(line.amountMinor))) {
    throw new Error(`ledger posting ${posting.reference} is not balanced in whole minor units`);
  }
}

async function insertChunks(manager: EntityManager, target: typeof LedgerEntry | typeof LedgerTransactionRecord, rows: object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + INSERT_CHUNK))
      .updateEntity(false)
      .execute();
  }
}
