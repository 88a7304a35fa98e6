import { AccountEnd, accountEndOf } from '../writers/account-end';
import type { Writer } from '../writers/writer.entity';
import { ENDED_NOTICES, type OnboardingNotice } from './onboarding-notices';
import { OnboardingStatus } from '../writers/onboarding-status';

/**
 * The state a browser coming back from Stripe carries to FRONTEND_URL as `?onboarding=`: the
 * writer's OnboardingStatus, or DISCONNECTED once they disconnected their account (its status
 * then says RESTRICTED, and onboarding cannot help). Never who the writer is.
 */
export type LandingState = OnboardingStatus | 'DISCONNECTED';

export const LANDING_STATE_PARAMETER = 'onboarding';

export function landingStateOf(writer: Pick<Writer, 'deauthorized' | 'onboardingStatus'>): LandingState {
  return accountEndOf(writer) === AccountEnd.DISCONNECTED ? 'DISCONNECTED' : writer.onboardingStatus;
}

/** Where an account that has not ended stands, as far as the writer can act on it. */
type Situation = 'unfinished' | 'verifying' | 'needsMore' | 'underReview' | 'active' | 'activeMoreLater';

function situationOf(writer: Pick<Writer, 'onboardingStatus' | 'requirementsDue'>): Situation {
  const hasDue = writer.requirementsDue.length > 0;
  switch (writer.onboardingStatus) {
    case OnboardingStatus.PENDING_VERIFICATION:
      return 'verifying';
    case OnboardingStatus.RESTRICTED:
      return hasDue ? 'needsMore' : 'underReview';
    case OnboardingStatus.ACTIVE:
      return hasDue ? 'activeMoreLater' : 'active';
    case OnboardingStatus.NOT_STARTED:
    case OnboardingStatus.IN_PROGRESS:
    case OnboardingStatus.REJECTED:
      return 'unfinished';
  }
}

// The gateway's own page after return_url: where the writer stands and what happens next.
const RETURNED: Record<Situation, OnboardingNotice> = {
  unfinished: {
    status: 200,
    title: 'Your details are not complete yet',
    message: 'Stripe still needs some of your details before you can be paid. Go back to the app and continue onboarding; what you entered so far is kept.',
  },
  verifying: {
    status: 200,
    title: 'Thanks, Stripe is verifying your details',
    message: 'This usually takes a few minutes, sometimes longer. There is nothing more to do now: the app shows when you can be paid.',
  },
  needsMore: {
    status: 200,
    title: 'Stripe needs more information',
    message: 'Before you can be paid, Stripe needs a little more from you. Go back to the app and continue onboarding to provide it.',
  },
  underReview: {
    status: 200,
    title: 'Stripe is reviewing your account',
    message: 'There is nothing you can provide now. Stripe says more when its review ends, and the app shows where you stand.',
  },
  active: {
    status: 200,
    title: 'You are all set',
    message: 'Your payouts account is active: the platform can send you funds, and Stripe pays them into your bank account.',
  },
  activeMoreLater: {
    status: 200,
    title: 'You can be paid; Stripe will need more later',
    message: 'Your payouts account is active. Stripe will need a few more details later on: the app lists them, and you can give them from there.',
  },
};

// After refresh_url (the link expired or was opened already): what the writer does next.
const NEXT_AFTER_EXPIRED_LINK: Record<Situation, string> = {
  unfinished: 'Sign in to the app and open onboarding again to finish giving your details.',
  verifying: 'Your details are with Stripe, which is verifying them, so there is nothing to do now; to change them, open onboarding again from the app.',
  needsMore: 'Stripe still needs more information: sign in to the app and open onboarding again to provide it.',
  underReview: 'Stripe is reviewing your account, so there is nothing to provide now; the app shows where you stand.',
  active: 'Your payouts account is already active; open onboarding again from the app only to change your details.',
  activeMoreLater: 'You can already be paid; to give what Stripe will need later, open onboarding again from the app.',
};

export function returnedNotice(writer: Writer): OnboardingNotice {
  const end = accountEndOf(writer);
  return end ? ENDED_NOTICES[end] : RETURNED[situationOf(writer)];
}

export function expiredLinkNotice(writer: Writer): OnboardingNotice {
  const end = accountEndOf(writer);
  if (end) return ENDED_NOTICES[end];
  return {
    status: 200,
    title: 'Open onboarding again from the app',
    message: `Stripe onboarding links work once and only for a few minutes; this one has expired or was already opened. ${NEXT_AFTER_EXPIRED_LINK[situationOf(writer)]}`,
  };
}
