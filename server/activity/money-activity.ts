import { IsTimeZone, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { In, MoreThanOrEqual, Not } from 'typeorm';
import type { Database } from '../db/database';
import { TopUpStatus } from '../topups/top-up-status';
import { TopUp } from '../topups/top-up.entity';
import { TransferStatus } from '../transfers/transfer-status';
import { Transfer } from '../transfers/transfer.entity';
import { IsCurrencyCode } from '../money/currency';
import { Money, money } from '../money/money.type';

const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_ACTIVITY_DAYS = 90;

@ArgsType()
export class MoneyActivityArgs {
  @Field(() => String, { description: 'ISO 4217 code, e.g. usd.' })
  @IsCurrencyCode()
  currency: string;

  @Field(() => Int, { defaultValue: 14, description: `Days up to and including today, 1 to ${MAX_ACTIVITY_DAYS}.` })
  @Min(1, { message: 'days must be at least 1' })
  @Max(MAX_ACTIVITY_DAYS, { message: `days must be at most ${MAX_ACTIVITY_DAYS}` })
  days: number;

  @Field(() => String, { defaultValue: 'UTC', description: 'IANA time zone the days are counted in, e.g. Europe/Berlin.' })
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Berlin' })
  timeZone: string;
}

@ObjectType({ description: 'Money moved on one day: top-ups in, transfers out (failed and canceled ones excluded).' })
export class MoneyActivityDay {
  @Field({ description: 'The day, YYYY-MM-DD, in the requested time zone.' })
  date: string;

  @Field(() => Money, { description: 'Top-ups created that day.' })
  toppedUp: Money;

  @Field(() => Money, { description: 'Transfers created that day, before reversals.' })
  transferred: Money;

  @Field(() => Money, { description: 'Of those transfers, what has been reversed since.' })
  reversed: Money;
}

/** Daily totals for the console's chart, summed in the database's rows of the window only. */
export class MoneyActivityService {
  constructor(private readonly database: Database) {}

  async daily({ currency, days, timeZone }: MoneyActivityArgs): Promise<MoneyActivityDay[]> {
    const code = currency.toLowerCase();
    const dayOf = dayFormatter(timeZone);
    const now = new Date();
    const dates = Array.from({ length: days }, (_, index) => dayOf(new Date(now.getTime() - (days - 1 - index) * DAY_MS)));
    // One extra day back covers any time zone's offset; rows outside `dates` are dropped below.
    const since = new Date(now.getTime() - (days + 1) * DAY_MS);
    const [topUps, transfers] = await Promise.all([
      this.database.manager.find(TopUp, {
        select: { amountMinor: true, createdAt: true },
        where: { currency: code, createdAt: MoreThanOrEqual(since), status: Not(In([TopUpStatus.FAILED, TopUpStatus.CANCELED])) },
      }),
      this.database.manager.find(Transfer, {
        select: { amountMinor: true, amountReversedMinor: true, createdAt: true },
        where: { currency: code, createdAt: MoreThanOrEqual(since), status: Not(TransferStatus.FAILED) },
      }),
    ]);
    const totals = new Map(dates.map((date) => [date, { toppedUp: 0, transferred: 0, reversed: 0 }]));
    for (const topUp of topUps) {
      const day = totals.get(dayOf(topUp.createdAt));
      if (day) day.toppedUp += topUp.amountMinor;
    }
    for (const transfer of transfers) {
      const day = totals.get(dayOf(transfer.createdAt));
      if (!day) continue;
      day.transferred += transfer.amountMinor;
      day.reversed += transfer.amountReversedMinor;
    }
    return dates.map((date) => {
      const day = totals.get(date)!;
      return { date, toppedUp: money(day.toppedUp, code), transferred: money(day.transferred, code), reversed: money(day.reversed, code) };
    });
  }
}

function dayFormatter(timeZone: string): (instant: Date) => string {
  // en-CA writes dates as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (instant) => format.format(instant);
}
