import { NobleCryptoPlugin, ScureBase32Plugin, generateSecret, generateURI } from 'otplib';
import { verify } from '@otplib/totp';

const ISSUER = 'Payouts gateway';
/** Accept the previous and next 30-second step too, for clock drift. */
const TOLERANCE_SECONDS = 30;
const PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: ISSUER, label: accountName, secret });
}

/** The time step of a valid code, or null; callers refuse a step already used. */
export async function verifyTotp(secret: string, code: string): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS, crypto: new NobleCryptoPlugin(), base32: new ScureBase32Plugin() });
  return result.valid ? Math.floor(result.epoch / PERIOD_SECONDS) : null;
}
