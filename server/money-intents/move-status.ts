import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Transaction } from '../db/database';
import type { Lifecycle } from './lifecycle';

/** Where audit entries go; the audit trail of the composition root implements it. */
export interface AuditTrail<Entry> {
  record(manager: EntityManager, entry: Entry): Promise<void>;
}

export interface StatusRow<Status extends string> extends ObjectLiteral {
  id: string;
  status: Status;
}

export interface StatusMove<Row extends StatusRow<Status>, Status extends string, Entry> {
  lifecycle: Lifecycle<Status>;
  entity: EntityTarget<Row>;
  /** The row as read under its lock in this transaction; it is changed in place. */
  row: Row;
  to: Status;
  /** Other columns that change with the status (a failure, Stripe's id, an amount). */
  set?: Partial<Row>;
  /** Written in the same transaction as the move; a function is given the row as moved. */
  audit?: Entry | ((row: Row) => Entry);
  /** Runs once the transaction has committed: subscribers hear of the move. */
  publish?: (row: Row) => unknown;
}

export interface BulkStatusMove<Row extends StatusRow<Status>, Status extends string> {
  lifecycle: Lifecycle<Status>;
  entity: EntityTarget<Row>;
  /** Which rows; only those in `from` are moved. */
  where: FindOptionsWhere<Row>;
  from: Status;
  to: Status;
  set?: QueryDeepPartialEntity<Row>;
}

/**
 * Every change of a money object's status goes through here: the move is checked against its
 * lifecycle table, saved with the columns that change with it, audited in the same transaction
 * and published once that transaction has committed.
 */
export class StatusMoves<Entry> {
  constructor(private readonly trail: AuditTrail<Entry>) {}

  async moveStatus<Row extends StatusRow<Status>, Status extends string>(
    { manager, afterCommit }: Transaction,
    move: StatusMove<Row, Status, Entry>,
  ): Promise<void> {
    const { lifecycle, entity, row, to } = move;
    lifecycle.assertMove(row.status, to);
    const updateDate = manager.connection.getMetadata(entity).updateDateColumn?.propertyName;
    const columns = { ...move.set, status: to, ...(updateDate ? { [updateDate]: new Date() } : {}) } as Partial<Row>;
    Object.assign(row, columns);
    await manager.update(entity, { id: row.id } as FindOptionsWhere<Row>, columns as QueryDeepPartialEntity<Row>);
    if (move.audit) await this.trail.record(manager, typeof move.audit === 'function' ? (move.audit as (moved: Row) => Entry)(row) : move.audit);
    if (move.publish) afterCommit(() => move.publish!(row));
  }

  /**
   * The row fails: it moves to `to`, its lifecycle's failed status, keeping `failure`'s message
   * cut to the 500 characters its column holds; `also` audits and publishes the move.
   */
  async fail<Row extends StatusRow<Status> & { failureMessage: string | null }, Status extends string>(
    transaction: Transaction,
    [lifecycle, entity, row]: [Lifecycle<Status>, EntityTarget<Row>, Row],
    to: Status,
    failure: { message: string },
    also: Pick<StatusMove<Row, Status, Entry>, 'audit' | 'publish'> = {},
  ): Promise<void> {
    const set = { failureMessage: failure.message.slice(0, 500) } as Partial<Row>;
    await this.moveStatus(transaction, { lifecycle, entity, row, to, set, ...also });
  }

  /** Many rows taking the same move at once (a payout run's failed items sent again). */
  async moveAll<Row extends StatusRow<Status>, Status extends string>({ manager }: Transaction, move: BulkStatusMove<Row, Status>): Promise<void> {
    move.lifecycle.assertMove(move.from, move.to);
    const columns = { ...move.set, status: move.to } as unknown as QueryDeepPartialEntity<Row>;
    await manager.update(move.entity, { ...move.where, status: move.from } as FindOptionsWhere<Row>, columns);
  }
}
