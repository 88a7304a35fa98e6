import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { type DataSource, In } from 'typeorm';
import { entities } from '../../server/app/entities';
import { openDatabase } from '../../server/db/data-source';
import { Database } from '../../server/db/database';
import { AppError, ErrorCode } from '../../server/errors/errors';
import { createLogger } from '../../server/logging/logger';
import { createMetrics } from '../../server/metrics/metrics';
import { IdempotencyService } from '../../server/money-intents/idempotency.service';
import { KeyedLock } from '../../server/money-intents/keyed-lock';
import type { MoneyAction } from '../../server/money-intents/money-action';
import { MoneyIntents } from '../../server/money-intents/money-intents';
import { STRIPE_IDEMPOTENCY_WINDOW_MS } from '../../server/money-intents/stripe-idempotency-window';
import { TopUpStatus } from '../../server/topups/top-up-status';
import { TopUp } from '../../server/topups/top-up.entity';
import { newDataDirectory } from '../kit/gateway-process';

/** What Stripe answers: its object's id, and our row's id from the metadata we sent. */
type Answer = { id: string; topUpId: string };

/**
 * A money action over top-up rows whose Stripe is a script: the engine's protocol is what is
 * checked here (the real actions run against the sandbox in the other money tests).
 */
class ScriptedAction implements MoneyAction<TopUp, Answer> {
  readonly name = 'top-up';
  readonly logKey = 'topUpId';
  readonly entity = TopUp;
  readonly neverReceived = 'Stripe never received it.';
  readonly sent: Array<{ topUpId: string; idempotencyKey: string }> = [];
  /** Stripe's answers to the next calls, in order: an object, or an error thrown at the engine. */
  answers: Array<Answer | Error> = [];
  onStripe: Answer | undefined;
  /** The rows of this test: the recovery pass looks at these only. */
  readonly rows = new Set<string>();

  constructor(private readonly database: Database) {}

  readonly refusal = (error: unknown) => new AppError(ErrorCode.StripeError, (error as Error).message);
  readonly outcomes = {
    refused: async (topUpId: string, refusal: AppError): Promise<void> => {
      await this.database.manager.update(TopUp, { id: topUpId }, { status: TopUpStatus.FAILED, failureMessage: refusal.message });
    },
  };

  /** The recovery pass looks at the pending rows of this test only. */
  get recoverable() {
    return { id: In([...this.rows]), status: TopUpStatus.PENDING };
  }

  isPending = (topUp: TopUp) => topUp.status === TopUpStatus.PENDING && !topUp.stripeTopUpId;
  stripeKeyOf = (topUp: TopUp) => `topup-${topUp.id}`;

  async send(topUp: TopUp, idempotencyKey: string): Promise<Answer> {
    this.sent.push({ topUpId: topUp.id, idempotencyKey });
    const answer = this.answers.shift() ?? new Error('no answer scripted');
    if (answer instanceof Error) throw answer;
    return answer;
  }

  async findOnStripe(): Promise<Answer | undefined> {
    return this.onStripe;
  }

  async applyAnswer(answer: Answer): Promise<void> {
    await this.database.manager.update(TopUp, { id: answer.topUpId }, { stripeTopUpId: answer.id });
  }
}

const unknownOutcome = () => Stripe.errors.StripeError.generate({ type: 'api_error', message: 'Stripe answered 500', statusCode: 500 });
const refused = () => new Stripe.errors.StripeInvalidRequestError({ message: 'Stripe refused it', statusCode: 400 });

describe('the money engine', () => {
  let dataSource: DataSource;
  let database: Database;
  let action: ScriptedAction;
  let intents: MoneyIntents<TopUp, Answer, { note: string }>;
  const audited: string[] = [];

  beforeAll(async () => {
    dataSource = await openDatabase(
      { dataDirectory: newDataDirectory(), databaseUrl: undefined },
      entities,
      createLogger({ logLevel: 'silent' }),
      createMetrics(),
    );
    // The intents stand alone here (no admin user behind them): what is tested is the protocol.
    await dataSource.query('PRAGMA foreign_keys = OFF');
    database = new Database(dataSource);
  });
  afterAll(() => dataSource.destroy());

  beforeEach(() => {
    action = new ScriptedAction(database);
    const trail = { record: async (_manager: unknown, entry: { note: string }) => void audited.push(entry.note) };
    intents = new MoneyIntents(
      { database, idempotency: new IdempotencyService(database), trail, locks: new KeyedLock(), logger: createLogger({ logLevel: 'silent' }) },
      action,
    );
  });

  function newTopUp(createdAt = new Date()): TopUp {
    const id = randomUUID();
    action.rows.add(id);
    return dataSource.manager.create(TopUp, {
      id,
      stripeTopUpId: null,
      amountMinor: 2_500,
      currency: 'usd',
      status: TopUpStatus.PENDING,
      description: null,
      statementDescriptor: null,
      source: null,
      expectedAvailabilityDate: null,
      failureCode: null,
      failureMessage: null,
      idempotencyKey: randomUUID(),
      createdByUserId: randomUUID(),
      createdAt,
      updatedAt: createdAt,
    });
  }

  const stored = (topUp: TopUp) => dataSource.manager.findOneByOrFail(TopUp, { id: topUp.id });

  it('commits the row, its claim and its audit entry together; a second claim of the key writes nothing', async () => {
    const recordKey = `createTopUp:${randomUUID()}`;
    const first = newTopUp();
    expect(
      await intents.persist({ row: first, claim: { recordKey, requestHash: 'h', actorUserId: 'admin' }, audit: (row) => ({ note: `requested ${row.id}` }) }),
    ).toBe(true);
    const second = newTopUp();
    expect(
      await intents.persist({ row: second, claim: { recordKey, requestHash: 'h', actorUserId: 'admin' }, audit: (row) => ({ note: `requested ${row.id}` }) }),
    ).toBe(false);
    expect(await dataSource.manager.existsBy(TopUp, { id: second.id })).toBe(false);
    expect(audited).toContain(`requested ${first.id}`);
    expect(audited).not.toContain(`requested ${second.id}`);
  });

  it('applies the answer of a call sent with the key derived from the row', async () => {
    const topUp = newTopUp();
    await intents.persist({ row: topUp });
    action.answers = [{ id: 'tu_answered', topUpId: topUp.id }];
    expect(await intents.submit(topUp)).toEqual({});
    expect(action.sent).toEqual([{ topUpId: topUp.id, idempotencyKey: `topup-${topUp.id}` }]);
    expect((await stored(topUp)).stripeTopUpId).toBe('tu_answered');
  });

  it('leaves the row pending when the outcome is unknown, and a later pass sends it again with the same key', async () => {
    const topUp = newTopUp();
    await intents.persist({ row: topUp });
    action.answers = [unknownOutcome(), { id: 'tu_second_try', topUpId: topUp.id }];
    const attempt = await intents.submit(topUp, 'createTopUp:client-key');
    expect(attempt.unanswered).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect((await stored(topUp)).status).toBe(TopUpStatus.PENDING);
    await intents.recoverPending();
    expect(action.sent.map((call) => call.idempotencyKey)).toEqual([`topup-${topUp.id}`, `topup-${topUp.id}`]);
    expect((await stored(topUp)).stripeTopUpId).toBe('tu_second_try');
  });

  it('fails the row on a refusal, throwing it to the client whose request it was', async () => {
    const topUp = newTopUp();
    await intents.persist({ row: topUp });
    action.answers = [refused()];
    await expect(intents.submit(topUp, 'createTopUp:client-key')).rejects.toThrow('Stripe refused it');
    expect(await stored(topUp)).toMatchObject({ status: TopUpStatus.FAILED, failureMessage: 'Stripe refused it' });
    const recovered = newTopUp();
    await intents.persist({ row: recovered });
    action.answers = [refused()];
    await expect(intents.submit(recovered)).resolves.toEqual({});
    expect((await stored(recovered)).status).toBe(TopUpStatus.FAILED);
  });

  it('adopts what an earlier attempt made on Stripe instead of sending again', async () => {
    const topUp = newTopUp();
    await intents.persist({ row: topUp });
    action.onStripe = { id: 'tu_found', topUpId: topUp.id };
    await intents.finish(topUp.id);
    expect(action.sent).toEqual([]);
    expect((await stored(topUp)).stripeTopUpId).toBe('tu_found');
  });

  it("refuses a row Stripe never received once the key's window has passed, without sending it", async () => {
    const topUp = newTopUp(new Date(Date.now() - STRIPE_IDEMPOTENCY_WINDOW_MS - 60_000));
    await intents.persist({ row: topUp });
    await intents.finish(topUp.id);
    expect(action.sent).toEqual([]);
    expect(await stored(topUp)).toMatchObject({ status: TopUpStatus.FAILED, failureMessage: 'Stripe never received it.' });
  });

  it('skips a row this process is working on in the recovery pass', async () => {
    const topUp = newTopUp();
    await intents.persist({ row: topUp });
    let release!: () => void;
    const working = intents.locks.run(topUp.id, () => new Promise<void>((resolve) => (release = resolve)));
    action.answers = [{ id: 'tu_not_sent', topUpId: topUp.id }];
    await intents.recoverPending();
    expect(action.sent).toEqual([]);
    release();
    await working;
  });
});
