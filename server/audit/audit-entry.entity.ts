import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { AuditAction } from './audit-action';

/** Flat facts about an action: ids, codes, reasons. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/** Append-only: written in the same transaction as the change it describes, never updated. */
@ObjectType({ description: 'One money action: who did it, when, to what.' })
@Entity('audit_entries')
@Index(['createdAt', 'id'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Null when Stripe or the gateway itself acted (a webhook, a recovery pass). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorUserId: string | null;

  @Field(() => AuditAction)
  @Column({ type: 'varchar', length: 48 })
  action: AuditAction;

  @Field({ description: 'TopUp, Transfer, TransferReversal or Writer.' })
  @Column({ type: 'varchar', length: 32 })
  subjectType: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ type: 'integer', nullable: true })
  amountMinor: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;

  @Field(() => GraphQLJSONObject, { description: 'What else is worth knowing (Stripe ids, failure codes, the writer).' })
  @Column({ type: 'simple-json' })
  details: AuditDetails;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field(() => Money, { nullable: true })
  get amount(): Money | null {
    return this.amountMinor === null || this.currency === null ? null : money(this.amountMinor, this.currency);
  }
}
