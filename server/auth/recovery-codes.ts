import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type EntityManager, IsNull } from 'typeorm';
import type { Database } from '../db/database';
import { RecoveryCode } from './recovery-code.entity';

const CODES_PER_USER = 10;
// 16 base32 characters: 80 random bits per code.
const CODE_BYTES = 10;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function newCode(): string {
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of randomBytes(CODE_BYTES)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/** What a person types, as it was issued: case, spaces and dashes do not matter. */
const normalised = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
const hashOf = (code: string) => createHash('sha256').update(normalised(code)).digest('hex');

/** Two-factor recovery codes: shown once when issued, each accepted once instead of a TOTP code. */
export class RecoveryCodes {
  constructor(private readonly database: Database) {}

  /** Replaces the user's codes with a new set (inside the caller's transaction) and returns them. */
  async issue(manager: EntityManager, userId: string): Promise<string[]> {
    const codes = Array.from({ length: CODES_PER_USER }, newCode);
    await manager.delete(RecoveryCode, { userId });
    await manager.insert(
      RecoveryCode,
      codes.map((code) => ({ id: randomUUID(), userId, codeHash: hashOf(code), usedAt: null })),
    );
    return codes;
  }

  /** Spends one code; false when it is not one of the user's or was used (atomic: used once). */
  async consume(userId: string, code: string): Promise<boolean> {
    if (normalised(code).length !== 16) return false;
    const result = await this.database.transaction(({ manager }) =>
      manager.update(RecoveryCode, { userId, codeHash: hashOf(code), usedAt: IsNull() }, { usedAt: new Date() }),
    );
    return result.affected === 1;
  }

  async remaining(userId: string): Promise<number> {
    return this.database.manager.countBy(RecoveryCode, { userId, usedAt: IsNull() });
  }
}
