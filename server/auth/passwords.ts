import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keyLength: number, options: object) => Promise<Buffer>;

// scrypt with N=2^15, r=8, p=1 (OWASP's minimum is 2^17 at p=1 for ~64 MiB; this is 32 MiB
// and ~50 ms here, tuned so a login flood cannot exhaust memory). Parameters travel with the hash.
const SCRYPT_COST = 2 ** 15;
const SCRYPT_BLOCK_SIZE = 8;
const SCRYPT_PARALLELISM = 1;
const KEY_LENGTH_BYTES = 32;
const SALT_LENGTH_BYTES = 16;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH_BYTES);
  const key = await scrypt(password, salt, KEY_LENGTH_BYTES, scryptOptions(SCRYPT_COST, SCRYPT_BLOCK_SIZE, SCRYPT_PARALLELISM));
  return ['scrypt', SCRYPT_COST, SCRYPT_BLOCK_SIZE, SCRYPT_PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, parallelism, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, scryptOptions(Number(cost), Number(blockSize), Number(parallelism)));
  return timingSafeEqual(actual, expected);
}

function scryptOptions(cost: number, blockSize: number, parallelism: number) {
  return { N: cost, r: blockSize, p: parallelism, maxmem: 128 * cost * blockSize * 2 };
}

/** A hash to compare against when the email is unknown, so both paths take the same time. */
export const UNKNOWN_USER_HASH = hashPassword(randomBytes(16).toString('hex'));
