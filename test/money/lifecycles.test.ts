import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { entities } from '../../server/app/entities';
import { AuditAction } from '../../server/audit/audit-action';
import { AuditEntry } from '../../server/audit/audit-entry.entity';
import { type AuditInput, AuditService } from '../../server/audit/audit.service';
import { openDatabase } from '../../server/db/data-source';
import { Database } from '../../server/db/database';
import { createLogger } from '../../server/logging/logger';
import { createMetrics } from '../../server/metrics/metrics';
import type { Lifecycle } from '../../server/money-intents/lifecycle';
import { StatusMoves } from '../../server/money-intents/move-status';
import { DISPUTE_LIFECYCLE } from '../../server/payments/dispute-status';
import { PAYMENT_LIFECYCLE, PaymentStatus } from '../../server/payments/payment-status';
import { REFUND_LIFECYCLE } from '../../server/payments/refund-status';
import { PayoutItem } from '../../server/payout-runs/payout-item.entity';
import { PAYOUT_ITEM_LIFECYCLE, PAYOUT_RUN_LIFECYCLE, PayoutItemStatus } from '../../server/payout-runs/payout-run-status';
import { PAYOUT_LIFECYCLE } from '../../server/payouts/payout-status';
import { TOP_UP_LIFECYCLE, TopUpStatus } from '../../server/topups/top-up-status';
import { TopUp } from '../../server/topups/top-up.entity';
import { REVERSAL_LIFECYCLE, TRANSFER_LIFECYCLE, TransferStatus } from '../../server/transfers/transfer-status';
import { newDataDirectory } from '../kit/gateway-process';

const LIFECYCLES: Array<Lifecycle<string>> = [
  TOP_UP_LIFECYCLE,
  TRANSFER_LIFECYCLE,
  REVERSAL_LIFECYCLE,
  PAYMENT_LIFECYCLE,
  REFUND_LIFECYCLE,
  DISPUTE_LIFECYCLE,
  PAYOUT_RUN_LIFECYCLE,
  PAYOUT_ITEM_LIFECYCLE,
  PAYOUT_LIFECYCLE,
];

/** Every ordered pair of two different statuses of a lifecycle, and whether its table has that edge. */
function pairsOf(lifecycle: Lifecycle<string>): Array<{ from: string; to: string; edge: boolean }> {
  const edges = new Set(lifecycle.edges.map((edge) => `${edge.from}>${edge.to}`));
  return lifecycle.statuses.flatMap((from) => lifecycle.statuses.filter((to) => to !== from).map((to) => ({ from, to, edge: edges.has(`${from}>${to}`) })));
}

describe.each(LIFECYCLES.map((lifecycle) => [lifecycle.name, lifecycle] as const))('the %s lifecycle table', (_name, lifecycle) => {
  it('allows every edge and refuses every other move', () => {
    for (const { from, to, edge } of pairsOf(lifecycle)) {
      expect({ from, to, allowed: lifecycle.allows(from, to) }).toEqual({
        from,
        to,
        allowed: edge,
      });
      if (edge) expect(() => lifecycle.assertMove(from, to)).not.toThrow();
      else expect(() => lifecycle.assertMove(from, to)).toThrow(`cannot move from ${from} to ${to}`);
    }
  });

  it('names only its own statuses', () => {
    const statuses = new Set(lifecycle.statuses);
    for (const edge of lifecycle.edges) expect([edge.from, edge.to].filter((status) => !statuses.has(status))).toEqual([]);
  });

  it('lets a status Stripe reports replace one only along an edge', () => {
    for (const { from, to, edge } of pairsOf(lifecycle)) {
      if (lifecycle.supersedes(to, from)) expect(edge).toBe(true);
    }
  });
});

// What the console may offer (the schema's nextStates): the ordinary moves, never a late arrival.
describe('nextStates', () => {
  it.each(
    [
      [
        TOP_UP_LIFECYCLE,
        {
          PENDING: ['SUCCEEDED', 'FAILED', 'CANCELED'],
          SUCCEEDED: ['REVERSED'],
          FAILED: [],
          CANCELED: [],
          REVERSED: [],
        },
      ],
      [
        TRANSFER_LIFECYCLE,
        {
          PENDING: ['PAID', 'FAILED'],
          PAID: ['PARTIALLY_REVERSED', 'REVERSED'],
          FAILED: [],
          PARTIALLY_REVERSED: ['PARTIALLY_REVERSED', 'REVERSED'],
          REVERSED: [],
        },
      ],
      [
        PAYMENT_LIFECYCLE,
        {
          OPEN: ['PROCESSING', 'SUCCEEDED', 'FAILED', 'EXPIRED'],
          PROCESSING: ['SUCCEEDED', 'FAILED'],
          SUCCEEDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
          FAILED: [],
          EXPIRED: [],
          PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
          REFUNDED: [],
        },
      ],
      [
        PAYOUT_RUN_LIFECYCLE,
        {
          DRAFT: ['APPROVED', 'CANCELED'],
          APPROVED: ['EXECUTING', 'CANCELED'],
          EXECUTING: ['COMPLETED', 'COMPLETED_WITH_FAILURES'],
          COMPLETED: [],
          COMPLETED_WITH_FAILURES: ['EXECUTING'],
          CANCELED: [],
        },
      ],
    ].map(([lifecycle, expected]) => [(lifecycle as Lifecycle<string>).name, lifecycle, expected]) as Array<
      [string, Lifecycle<string>, Record<string, string[]>]
    >,
  )('of the %s lifecycle lists its ordinary moves only', (_name, lifecycle, expected) => {
    expect(Object.fromEntries(lifecycle.statuses.map((status) => [status, lifecycle.nextStates(status)]))).toEqual(expected);
  });

  it.each(
    [
      [
        TOP_UP_LIFECYCLE,
        ['PENDING>REVERSED', 'SUCCEEDED>FAILED', 'SUCCEEDED>CANCELED', 'FAILED>PENDING', 'FAILED>SUCCEEDED', 'FAILED>CANCELED', 'FAILED>REVERSED'],
      ],
      [TRANSFER_LIFECYCLE, ['PENDING>PARTIALLY_REVERSED', 'PENDING>REVERSED', 'FAILED>PAID', 'FAILED>PARTIALLY_REVERSED', 'FAILED>REVERSED']],
      [REVERSAL_LIFECYCLE, ['FAILED>SUCCEEDED']],
      [
        PAYMENT_LIFECYCLE,
        [
          ...['OPEN>PARTIALLY_REFUNDED', 'OPEN>REFUNDED', 'PROCESSING>EXPIRED', 'PROCESSING>PARTIALLY_REFUNDED', 'PROCESSING>REFUNDED'],
          ...['FAILED>SUCCEEDED', 'FAILED>PARTIALLY_REFUNDED', 'FAILED>REFUNDED', 'EXPIRED>SUCCEEDED', 'EXPIRED>PARTIALLY_REFUNDED', 'EXPIRED>REFUNDED'],
        ],
      ],
      [REFUND_LIFECYCLE, []],
      [DISPUTE_LIFECYCLE, []],
      [PAYOUT_RUN_LIFECYCLE, []],
      [PAYOUT_ITEM_LIFECYCLE, ['FAILED>PAID']],
      [PAYOUT_LIFECYCLE, ['PENDING>PAID', 'PENDING>FAILED', 'IN_TRANSIT>CANCELED', 'PAID>CANCELED', 'FAILED>CANCELED', 'CANCELED>FAILED']],
    ].map(([lifecycle, late]) => [(lifecycle as Lifecycle<string>).name, lifecycle, late]) as Array<[string, Lifecycle<string>, string[]]>,
  )('of the %s lifecycle leaves out exactly these late arrivals, applied when Stripe reports them', (_name, lifecycle, late) => {
    const lateEdges = lifecycle.edges.filter((edge) => edge.late).map((edge) => `${edge.from}>${edge.to}`);
    expect(lateEdges.sort()).toEqual([...late].sort());
    for (const edge of lifecycle.edges.filter((candidate) => candidate.late)) expect(lifecycle.nextStates(edge.from)).not.toContain(edge.to);
  });

  it('leaves out the late arrivals the gateway still applies (a failed transfer found paid on Stripe)', () => {
    expect(TRANSFER_LIFECYCLE.allows(TransferStatus.FAILED, TransferStatus.PAID)).toBe(true);
    expect(TRANSFER_LIFECYCLE.nextStates(TransferStatus.FAILED)).toEqual([]);
    expect(TOP_UP_LIFECYCLE.allows(TopUpStatus.FAILED, TopUpStatus.SUCCEEDED)).toBe(true);
    expect(PAYMENT_LIFECYCLE.allows(PaymentStatus.EXPIRED, PaymentStatus.SUCCEEDED)).toBe(true);
  });
});

describe('moveStatus on the real database', () => {
  let dataSource: DataSource;
  let database: Database;
  let statuses: StatusMoves<AuditInput>;

  beforeAll(async () => {
    dataSource = await openDatabase(
      { dataDirectory: newDataDirectory(), databaseUrl: undefined },
      entities,
      createLogger({ logLevel: 'silent' }),
      createMetrics(),
    );
    // The rows here stand alone (no user, writer or run behind them): what is tested is the move.
    await dataSource.query('PRAGMA foreign_keys = OFF');
    database = new Database(dataSource);
    statuses = new StatusMoves(new AuditService(database));
  });
  afterAll(() => dataSource.destroy());

  async function topUpAt(status: TopUpStatus): Promise<TopUp> {
    const topUp = dataSource.manager.create(TopUp, {
      id: randomUUID(),
      stripeTopUpId: null,
      amountMinor: 1_000,
      currency: 'usd',
      status,
      description: null,
      statementDescriptor: null,
      source: null,
      expectedAvailabilityDate: null,
      failureCode: null,
      failureMessage: null,
      idempotencyKey: randomUUID(),
      createdByUserId: randomUUID(),
      createdAt: new Date(),
      updatedAt: new Date(0),
    });
    await dataSource.manager.insert(TopUp, topUp);
    return topUp;
  }

  /** One move in a transaction of its own; what was published, and when. */
  async function move(topUp: TopUp, to: TopUpStatus): Promise<{ published: string[]; error?: Error }> {
    const published: string[] = [];
    try {
      await database.transaction(async (transaction) => {
        await statuses.moveStatus(transaction, {
          lifecycle: TOP_UP_LIFECYCLE,
          entity: TopUp,
          row: topUp,
          to,
          set: { failureCode: 'checked' },
          audit: {
            actorUserId: null,
            action: AuditAction.TOP_UP_UPDATED,
            subjectType: 'TopUp',
            subjectId: topUp.id,
            details: { to },
          },
          publish: (row) => published.push(row.status),
        });
        // Nothing is published before the transaction commits.
        expect(published).toEqual([]);
      });
      return { published };
    } catch (error) {
      return { published, error: error as Error };
    }
  }

  it.each(pairsOf(TOP_UP_LIFECYCLE).map(({ from, to, edge }) => [from, to, edge] as const))(
    '%s → %s: taken when the table has the edge (%s)',
    async (from, to, edge) => {
      const topUp = await topUpAt(from as TopUpStatus);
      const { published, error } = await move(topUp, to as TopUpStatus);
      const stored = await dataSource.manager.findOneByOrFail(TopUp, {
        id: topUp.id,
      });
      const audited = await dataSource.manager.countBy(AuditEntry, {
        subjectId: topUp.id,
      });
      if (edge) {
        expect(error).toBeUndefined();
        expect({
          status: stored.status,
          failureCode: stored.failureCode,
          audited,
          published,
        }).toEqual({
          status: to,
          failureCode: 'checked',
          audited: 1,
          published: [to],
        });
        expect(stored.updatedAt.getTime()).toBeGreaterThan(0);
      } else {
        expect(error?.message).toBe(`A top-up cannot move from ${from} to ${to}.`);
        expect({
          status: stored.status,
          failureCode: stored.failureCode,
          audited,
          published,
        }).toEqual({
          status: from,
          failureCode: null,
          audited: 0,
          published: [],
        });
      }
    },
  );

  it('moves many rows at once along one edge, and refuses a bulk move that is not one', async () => {
    const runId = randomUUID();
    const item = (status: PayoutItemStatus) =>
      dataSource.manager.create(PayoutItem, {
        id: randomUUID(),
        runId,
        writerId: randomUUID(),
        amountMinor: 500,
        currency: 'usd',
        status,
        heldReason: null,
        failureMessage: 'refused',
        attempt: 0,
        transferId: null,
        claimedBy: null,
        leaseExpiresAtMs: 0,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
    const items = [item(PayoutItemStatus.FAILED), item(PayoutItemStatus.FAILED), item(PayoutItemStatus.PAID)];
    await dataSource.manager.insert(PayoutItem, items);
    const retry = {
      lifecycle: PAYOUT_ITEM_LIFECYCLE,
      entity: PayoutItem,
      where: { runId },
      set: { failureMessage: null },
    };
    await database.transaction((transaction) =>
      statuses.moveAll(transaction, {
        ...retry,
        from: PayoutItemStatus.FAILED,
        to: PayoutItemStatus.PENDING,
      }),
    );
    await expect(
      database.transaction((transaction) =>
        statuses.moveAll(transaction, {
          ...retry,
          from: PayoutItemStatus.PAID,
          to: PayoutItemStatus.PENDING,
        }),
      ),
    ).rejects.toThrow('A payout item cannot move from PAID to PENDING.');
    const stored = await dataSource.manager.findBy(PayoutItem, { runId });
    expect(stored.map((row) => row.status).sort()).toEqual([PayoutItemStatus.PAID, PayoutItemStatus.PENDING, PayoutItemStatus.PENDING]);
    expect(stored.find((row) => row.status === PayoutItemStatus.PAID)?.failureMessage).toBe('refused');
  });
});
