import { AccountEnd } from '../writers/account-end';

/** A page the gateway shows a browser that Stripe sent back, in words the writer reads. */
export interface OnboardingNotice {
  status: number;
  title: string;
  message: string;
}

export const NOTICES = {
  invalidState: {
    status: 400,
    title: 'This onboarding link has expired',
    message: 'Go back to the app and open onboarding again.',
  },
  failed: {
    status: 500,
    title: 'Something went wrong on our side',
    message: 'Please try again in a moment.',
  },
} satisfies Record<string, OnboardingNotice>;

export const ENDED_NOTICES: Record<AccountEnd, OnboardingNotice> = {
  [AccountEnd.REJECTED]: {
    status: 200,
    title: 'Stripe did not approve this payouts account',
    message: 'Stripe rejected the account, so onboarding cannot continue and no payouts can be made to it. Please contact the platform for help.',
  },
  [AccountEnd.DISCONNECTED]: {
    status: 200,
    title: 'This Stripe account is no longer connected',
    message:
      'The Stripe account was disconnected from the platform, so onboarding cannot continue here. Please contact the platform if you want to be paid again.',
  },
};
