/** A page the gateway shows a browser that Stripe sent back from OAuth, in words the writer reads. */
export interface OAuthNotice {
  status: number;
  title: string;
  message: string;
}

const NOTHING_CHANGED = 'Nothing was changed.';

export const OAUTH_NOTICES = {
  invalidState: {
    status: 403,
    title: 'This link to connect a Stripe account is not valid',
    message: `It was already used, has expired, or belongs to a session that has ended. ${NOTHING_CHANGED} Sign in to the app and start connecting your Stripe account again.`,
  },
  denied: {
    status: 200,
    title: 'You did not connect a Stripe account',
    message: `You chose not to give the platform access to a Stripe account. ${NOTHING_CHANGED} You can connect one later from the app.`,
  },
  stripeRefused: {
    status: 400,
    title: 'Stripe did not connect your account',
    message: `Stripe could not complete the connection. ${NOTHING_CHANGED} Start again from the app.`,
  },
  invalidCode: {
    status: 400,
    title: 'This authorization from Stripe is not valid',
    message: `Stripe did not accept it: it was already used, has expired, or was never issued. ${NOTHING_CHANGED} Start again from the app.`,
  },
  stripeUnavailable: {
    status: 502,
    title: 'Stripe could not be reached',
    message: 'Your Stripe account may not be connected yet. Please start again from the app in a moment.',
  },
  connected: {
    status: 200,
    title: 'Your Stripe account is connected',
    message: 'The platform can now pay you through it. The app shows where your account stands.',
  },
  failed: {
    status: 500,
    title: 'Something went wrong on our side',
    message: 'Please try again in a moment.',
  },
} satisfies Record<string, OAuthNotice>;

/** The platform kept the writer's current account: the refusal's own words say why. */
export function keptAccountNotice(message: string): OAuthNotice {
  return { status: 409, title: 'Your payouts account was not changed', message };
}
