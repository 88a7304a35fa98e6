import type { EntityManager } from 'typeorm';

/**
 * Whether the writer was ever sent to Stripe onboarding: until then a new account that needs
 * everything is NOT_STARTED. Onboarding keeps the links that say so; app/ hands its answer in.
 */
export type OnboardingStarted = (manager: EntityManager, writerId: string) => Promise<boolean>;
