import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/config';

/** JWT_SECRET, or in development one generated on first start and kept in DATA_DIR. */
export function resolveJwtSecret(config: Pick<Config, 'jwtSecret' | 'dataDirectory'>): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = join(config.dataDirectory, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDirectory, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
