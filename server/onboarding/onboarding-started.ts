import type { EntityManager } from 'typeorm';
import { OnboardingLinkRecord } from './onboarding-link.entity';

/** Writers' `OnboardingStarted`: a writer was sent to onboarding once a link was issued to them. */
export function onboardingStarted(manager: EntityManager, writerId: string): Promise<boolean> {
  return manager.existsBy(OnboardingLinkRecord, { writerId });
}
