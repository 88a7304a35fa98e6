import type { Database } from '../db/database';
import { LIKE_ESCAPE_CLAUSE, containsPattern } from '../db/like-pattern';
import { type Connection, paginate } from '../graphql/connection';
import { OnboardingStatus } from './onboarding-status';
import { Writer } from './writer.entity';
import type { WritersFilter } from './writer.types';

/** The team's reads over every writer: the filtered list and the counts per status. */
export class WriterQueries {
  constructor(private readonly database: Database) {}

  list(filter: WritersFilter): Promise<Connection<Writer>> {
    const query = this.database.manager.createQueryBuilder(Writer, 'writer');
    if (filter.status) query.andWhere('writer.onboardingStatus = :status', { status: filter.status });
    const search = filter.search?.trim();
    if (search) {
      // Any part of an account id matches, in any case: people paste "acct_1Ab" or type "1ab".
      query.andWhere(
        `(LOWER(writer.displayName) LIKE :pattern ${LIKE_ESCAPE_CLAUSE} OR LOWER(writer.email) LIKE :pattern ${LIKE_ESCAPE_CLAUSE} OR LOWER(writer.stripeAccountId) LIKE :pattern ${LIKE_ESCAPE_CLAUSE})`,
        { pattern: containsPattern(search.toLowerCase()) },
      );
    }
    return paginate(query, filter.first, filter.after);
  }

  count(): Promise<number> {
    return this.database.manager.count(Writer);
  }

  async countsByStatus(): Promise<Array<{ status: OnboardingStatus; count: number }>> {
    const rows: Array<{ status: OnboardingStatus; count: string | number }> = await this.database.manager
      .createQueryBuilder(Writer, 'writer')
      .select('writer.onboardingStatus', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('writer.onboardingStatus')
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
    return Object.values(OnboardingStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }
}
