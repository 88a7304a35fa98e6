import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ActorIdColumn, CreatedAt, EnumColumn, ForeignIdColumn, IdColumn } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { Money, money } from '../money/money.type';
import { AuditAction } from './audit-action';

/** Flat facts about an action: ids, codes, reasons. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/** Append-only: written in the same transaction as the change it describes, never updated. */
@ObjectType({ description: 'One money action: who did it, when, to what.' })
@Entity('audit_entries')
@Index(['createdAt', 'id'])
export class AuditEntry {
  @IdColumn()
  id: string;

  /** Null when Stripe or the gateway itself acted (a webhook, a recovery pass). */
  @ActorIdColumn({ nullable: true }) actorUserId: string | null;

  @EnumColumn(AuditAction, 48)
  action: AuditAction;

  @Field({ description: 'TopUp, Transfer, TransferReversal or Writer.' })
  @Column({ type: 'varchar', length: 32 })
  subjectType: string;

  @ForeignIdColumn({ index: true })
  subjectId: string;

  @MinorUnitsColumn({ nullable: true })
  amountMinor: number | null;

  @CurrencyColumn({ nullable: true })
  currency: string | null;

  @Field(() => GraphQLJSONObject, { description: 'What else is worth knowing (Stripe ids, failure codes, the writer).' })
  @Column({ type: 'simple-json' })
  details: AuditDetails;

  @CreatedAt() createdAt: Date;

  @Field(() => Money, { nullable: true })
  get amount(): Money | null {
    return this.amountMinor === null || this.currency === null ? null : money(this.amountMinor, this.currency);
  }
}
