import { z } from 'zod';
import { type AuthConfig, authConfig, authEnvironment, authProblems } from './auth.config';
import { type PaymentsConfig, paymentsConfig, paymentsEnvironment, paymentsProblems } from './payments.config';
import { type PayoutsConfig, payoutsConfig, payoutsEnvironment, payoutsProblems } from './payouts.config';
import { type ServerConfig, serverConfig, serverEnvironment } from './server.config';
import { type StorageConfig, storageConfig, storageEnvironment, storageProblems } from './storage.config';
import { type StripeConfig, stripeConfig, stripeEnvironment, stripeProblems } from './stripe.config';

// The one place that reads the environment. Every other module receives a `Config`; each
// concern's variables, their checks and what they become live in `<concern>.config.ts`.

export { applicationFeeMinor } from './payments.config';

const environmentSchema = z.object({
  ...serverEnvironment.shape,
  ...storageEnvironment.shape,
  ...stripeEnvironment.shape,
  ...authEnvironment.shape,
  ...paymentsEnvironment.shape,
  ...payoutsEnvironment.shape,
});

export type Environment = z.infer<typeof environmentSchema>;

export type Config = ServerConfig & StorageConfig & StripeConfig & AuthConfig & PaymentsConfig & PayoutsConfig;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Problems between variables, every one of them, once each variable is valid on its own. */
function crossFieldProblems(environment: Environment): string[] {
  return [
    ...stripeProblems(environment),
    ...storageProblems(environment),
    ...paymentsProblems(environment),
    ...payoutsProblems(environment),
    ...authProblems(environment),
  ];
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: expected ${issue.message} (got ${JSON.stringify(source[String(issue.path[0])])})`),
    );
  }
  const environment = parsed.data;
  const problems = crossFieldProblems(environment);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...serverConfig(environment),
    ...storageConfig(environment),
    ...stripeConfig(environment),
    ...authConfig(environment),
    ...paymentsConfig(environment),
    ...payoutsConfig(environment),
  };
}
