import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { Services } from './services';

/** Where a generated first admin's password is kept, beside the database, until someone deletes it. */
export const FIRST_ADMIN_FILE = 'first-admin.txt';

/** The first admin on an empty database: from ADMIN_EMAIL/ADMIN_PASSWORD, or generated outside production. */
export async function bootstrapAdmin(config: Config, services: Services, logger: Logger): Promise<string[]> {
  if (config.admin.email && config.admin.password) {
    await services.auth.bootstrapAdmin(config.admin.email, config.admin.password);
    return [];
  }
  if (config.isProduction) {
    logger.warn('No ADMIN_EMAIL/ADMIN_PASSWORD: no admin is created on an empty database');
    return [];
  }
  const email = config.admin.email ?? 'admin@example.com';
  const password = randomBytes(12).toString('base64url');
  const created = await services.auth.bootstrapAdmin(email, password);
  if (!created) return [];
  // A terminal scrolls: the password is also kept where the banner says, readable by this user only.
  const file = join(config.dataDirectory, FIRST_ADMIN_FILE);
  writeFileSync(
    file,
    `First admin of the payouts console\nemail: ${email}\npassword: ${password}\n\nDelete this file once you have signed in and set up two-factor.\n`,
    { mode: 0o600 },
  );
  return [`Sign in as ${email} with the password ${password}`, `(generated once, also written to ${file}; set ADMIN_EMAIL and ADMIN_PASSWORD to choose)`];
}
