import { defineTopic } from '../pubsub/pubsub';
import { Writer } from './writer.entity';

/** A writer's account state changed (onboarding status, requirements, capabilities, payout schedule). */
export const OnboardingStatusChanged = defineTopic('ONBOARDING_STATUS_CHANGED', Writer);
