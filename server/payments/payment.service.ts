import { In } from 'typeorm';
import { requireSeesWriter, visibleWriterId } from '../identity/access';
import type { Viewer } from '../identity/viewer';
import type { Database } from '../db/database';
import { type Connection, paginate } from '../graphql/connection';
import { notFound } from '../errors/errors';
import { NEEDS_RESPONSE_STATUSES } from './dispute-status';
import { Dispute } from './dispute.entity';
import { Payment } from './payment.entity';
import type { PaymentsFilter } from './payment.types';

// The overview shows at most this many disputes waiting for evidence, soonest deadline first.
const ATTENTION_LIMIT = 50;

/** The refusal a writer gets for another writer's payments, listed, read or followed. */
export const PAYMENTS_OF_OTHERS = 'Writers can only see payments for their own answers.';

/** Reading payments: the team sees all, a writer only the payments for their answers. */
export class PaymentService {
  constructor(private readonly database: Database) {}

  list(filter: PaymentsFilter, viewer: Viewer): Promise<Connection<Payment>> {
    const query = this.database.manager.createQueryBuilder(Payment, 'payment');
    const writerId = visibleWriterId(viewer, filter.writerId, PAYMENTS_OF_OTHERS);
    if (writerId) query.andWhere('payment.writerId = :writerId', { writerId });
    if (filter.status) query.andWhere('payment.status = :status', { status: filter.status });
    return paginate(query, filter.first, filter.after);
  }

  async readable(id: string, viewer: Viewer): Promise<Payment> {
    const payment = await this.database.manager.findOneBy(Payment, { id });
    if (!payment) throw notFound('Payment', id);
    requireSeesWriter(viewer, payment.writerId, PAYMENTS_OF_OTHERS);
    return payment;
  }

  disputesNeedingResponse(): Promise<Dispute[]> {
    return this.database.manager.find(Dispute, {
      where: { status: In([...NEEDS_RESPONSE_STATUSES]) },
      order: { evidenceDueBy: 'ASC', id: 'ASC' },
      take: ATTENTION_LIMIT,
    });
  }
}
