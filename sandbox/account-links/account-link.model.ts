/** An account link's page, kept by its token (Stripe's `AccountLink` object holds only its URL). */
export interface AccountLinkRecord {
  token: string;
  accountId: string;
  type: 'account_onboarding' | 'account_update';
  refreshUrl: string;
  returnUrl: string;
  expiresAt: number;
  /** Set when the page is first opened: the link is single use, the form then posts with it. */
  sessionToken: string | null;
  completed: boolean;
}
