import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ApiKeyScope } from '../identity/api-key-scope';
import { ActorIdColumn } from '../db/entity-columns';

/** A credential for the platform's backend. Only a hash of its secret is kept. */
@Entity('api_keys')
@Index(['createdAt', 'id'])
export class ApiKeyRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The secret's first characters, shown so a person can tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** SHA-256 of the secret, hex: 256 random bits leave nothing to guess offline. */
  @Column({ type: 'varchar', length: 64, unique: true })
  secretHash: string;

  @Column({ type: 'simple-json' })
  scopes: ApiKeyScope[];

  @ActorIdColumn() createdByUserId: string;

  @Column({ type: Date, nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
