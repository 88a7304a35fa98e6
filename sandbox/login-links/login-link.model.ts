/** A login link's Express Dashboard page, kept by its token. */
export interface LoginLinkRecord {
  token: string;
  accountId: string;
  /** A login link signs in once (Stripe: single use); set when it was first opened. */
  usedAt?: number;
}
