import { z } from 'zod';
import type { ServerEnvironment } from './server.config';

/** How sessions are signed, and who the first admin is. */
export const authEnvironment = z.object({
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  ADMIN_EMAIL: z.email('an email address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'at least 12 characters').optional(),
});

type AuthEnvironment = z.infer<typeof authEnvironment> & Pick<ServerEnvironment, 'NODE_ENV'>;

export interface AuthConfig {
  jwtSecret: string | undefined;
  admin: { email: string | undefined; password: string | undefined };
}

export function authProblems(environment: AuthEnvironment): string[] {
  if (environment.NODE_ENV === 'production' && !environment.JWT_SECRET) {
    return ['JWT_SECRET: required when NODE_ENV=production (at least 32 characters)'];
  }
  return [];
}

export function authConfig(environment: AuthEnvironment): AuthConfig {
  return {
    jwtSecret: environment.JWT_SECRET,
    admin: { email: environment.ADMIN_EMAIL, password: environment.ADMIN_PASSWORD },
  };
}
