import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from '../db/database';
import { AppError, ErrorCode } from '../errors/errors';
import { IdempotencyRecord } from './idempotency-record.entity';
import { insertRow } from '../db/insert-row';
import { clientKeyOf } from './idempotency-keys';

/** What a replay answers: the row the first request produced, or the error it answered with. */
export type StoredResponse = { subjectId: string } | { error: { code: ErrorCode; message: string; extensions: Record<string, unknown> } };

export interface Claim {
  /** `<operation>:<client key>`. */
  key: string;
  requestHash: string;
  subjectId: string;
  actorUserId: string;
}

/** sha256 of the input with its keys sorted, so field order never makes a conflict. */
export function requestHashOf(input: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(input).sort(([a], [b]) => a.localeCompare(b))));
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Client idempotency keys: one record per key, claimed in the same transaction as the row the
 * request creates. Concurrent identical requests in one process share a single execution.
 */
export class IdempotencyService {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly database: Database) {}

  /** Requests with the same key and input that overlap get the one answer of the first. */
  singleFlight<T>(key: string, requestHash: string, work: () => Promise<T>): Promise<T> {
    const flightKey = `${key}\n${requestHash}`;
    const running = this.inFlight.get(flightKey);
    if (running) return running as Promise<T>;
    const started = work().finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, started);
    return started;
  }

  /**
   * Answers a client's request exactly once per key: a replay answers as the first request did;
   * otherwise `run` does the work (undefined when another request claimed the key meanwhile).
   * When `run` fails, another instance may have taken the key while this one checked: its
   * answer is this request's.
   */
  answerOnce<T>(key: string, requestHash: string, replay: (subjectId: string) => Promise<T>, run: () => Promise<T | undefined>): Promise<T> {
    const replayed = async () => {
      const subjectId = await this.replay(key, requestHash);
      return subjectId === undefined ? undefined : replay(subjectId);
    };
    return this.singleFlight(key, requestHash, async () => {
      const first = await replayed();
      if (first !== undefined) return first;
      let answered: T | undefined;
      try {
        answered = await run();
      } catch (error) {
        const claimedMeanwhile = await replayed();
        if (claimedMeanwhile !== undefined) return claimedMeanwhile;
        throw error;
      }
      return answered ?? (await replayed())!;
    });
  }

  /**
   * The subject id a finished request with this key produced, or undefined when the key is
   * new. Throws IDEMPOTENCY_CONFLICT for other input, or the stored error of the first request.
   */
  async replay(key: string, requestHash: string): Promise<string | undefined> {
    const record = await this.database.manager.findOneBy(IdempotencyRecord, { key });
    if (!record) return undefined;
    if (record.requestHash !== requestHash) {
      throw new AppError(ErrorCode.IdempotencyConflict, 'This idempotency key was already used with different input; use a new key for a new request.', {
        idempotencyKey: clientKeyOf(key),
      });
    }
    const response = JSON.parse(record.response) as StoredResponse;
    if ('error' in response) throw new AppError(response.error.code, response.error.message, response.error.extensions);
    return response.subjectId;
  }

  /** Inside the transaction that creates the subject; a concurrent claim fails it with a unique violation. */
  async claim(manager: EntityManager, claim: Claim): Promise<void> {
    const response: StoredResponse = { subjectId: claim.subjectId };
    await insertRow(manager, IdempotencyRecord, { ...claim, response: JSON.stringify(response), createdAt: new Date() });
  }

  /**
   * A row the gateway had failed turned out to exist on Stripe (its answer was lost, not a
   * refusal): the key answers with the row again, as it would have had Stripe's answer arrived.
   */
  async restoreSubject(manager: EntityManager, key: string, subjectId: string): Promise<void> {
    const response: StoredResponse = { subjectId };
    await manager.update(IdempotencyRecord, { key }, { response: JSON.stringify(response) });
  }

  /** The first request ended in a refusal after its row was written: replays refuse the same way. */
  async storeError(manager: EntityManager, key: string, error: AppError): Promise<void> {
    const { code, ...extensions } = error.extensions as { code: ErrorCode } & Record<string, unknown>;
    const response: StoredResponse = { error: { code, message: error.message, extensions } };
    await manager.update(IdempotencyRecord, { key }, { response: JSON.stringify(response) });
  }
}
