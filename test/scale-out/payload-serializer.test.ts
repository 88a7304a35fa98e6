import 'reflect-metadata';
import { gatewayTopics } from '../../server/app/topics';
import { createPayloadSerializer } from '../../server/pubsub/redis-event-target';
import { TopUp } from '../../server/topups/top-up.entity';
import { Transfer } from '../../server/transfers/transfer.entity';
import { TransferStatus } from '../../server/transfers/transfer-status';
import { Writer } from '../../server/writers/writer.entity';

// What crosses Redis must come back as it left: filters and field resolvers read the payload.
describe('subscription payloads through Redis', () => {
  const payloadSerializer = createPayloadSerializer(gatewayTopics);
  const roundTrip = <T>(payload: T): T => payloadSerializer.parse(payloadSerializer.stringify(payload)) as T;

  it('rebuilds entities with their prototype and their Dates', () => {
    const createdAt = new Date('2026-11-20T10:00:00.123Z');
    const transfer = Object.assign(new Transfer(), {
      id: 'a1',
      writerId: 'w1',
      amountMinor: 12_500,
      amountReversedMinor: 2_500,
      currency: 'usd',
      status: TransferStatus.PARTIALLY_REVERSED,
      description: '2026-11-20T10:00:00.123Z',
      createdAt,
    });
    const copy = roundTrip(transfer);
    expect(copy).toBeInstanceOf(Transfer);
    expect(copy.createdAt).toEqual(createdAt);
    expect(copy.description).toBe('2026-11-20T10:00:00.123Z');
    expect(copy.reversibleAmount).toEqual(transfer.reversibleAmount);
    expect(copy.transferGroup).toBe('transfer_a1');
  });

  it('knows each published class, and leaves anything else as plain data', () => {
    expect(roundTrip(Object.assign(new Writer(), { id: 'w1', requirementsDue: ['individual.id_number'] }))).toBeInstanceOf(Writer);
    const topUp = roundTrip(Object.assign(new TopUp(), { id: 't1', expectedAvailabilityDate: new Date('2026-11-27T00:00:00Z') }));
    expect(topUp).toBeInstanceOf(TopUp);
    expect(topUp.expectedAvailabilityDate).toEqual(new Date('2026-11-27T00:00:00Z'));
    expect(roundTrip({ note: 'plain', at: new Date(0), nested: { $date: 'not alone', other: 1 } })).toEqual({
      note: 'plain',
      at: new Date(0),
      nested: { $date: 'not alone', other: 1 },
    });
  });
});
