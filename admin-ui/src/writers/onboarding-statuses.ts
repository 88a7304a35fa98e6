import type { OnboardingStatus } from '../gql/graphql';

export const ONBOARDING_STATUSES: OnboardingStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'PENDING_VERIFICATION', 'RESTRICTED', 'ACTIVE', 'REJECTED'];
