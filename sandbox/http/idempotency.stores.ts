import { keyedMapStore } from '../kernel/sandbox.state';
import type { IdempotencyEntry } from './idempotency';

export const IDEMPOTENCY = keyedMapStore<IdempotencyEntry>({
  name: 'idempotency',
  // A request still being served when the process stopped never finished: it must not replay.
  keeps: (entry) => entry.response !== undefined,
});

export const IDEMPOTENCY_STORES = [IDEMPOTENCY];
