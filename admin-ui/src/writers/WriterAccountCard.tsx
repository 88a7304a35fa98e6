import type { ReactNode } from 'react';
import { formatDateTime } from '../ui/format';
import { Timestamp } from '../ui/Timestamp';
import { countryName } from './countries';

interface WriterAccount {
  stripeAccountId?: string | null;
  accountConnection: 'CREATED' | 'OAUTH';
  country: string;
  canReceiveTransfers: boolean;
  transfersCapability: string;
  payoutsEnabled: boolean;
  deauthorized: boolean;
  onboardingStatus: string;
  createdAt: string;
  onboardingLinks: Array<{ id: string; createdAt: string; expiresAt: string }>;
}

/** That links were issued and when, as Stripe's own "onboarding link sent"; never their URLs. */
function issuedLinks(links: WriterAccount['onboardingLinks']): string {
  const latest = links[0];
  if (!latest) return 'None issued yet';
  const count = links.length === 1 ? '1 issued' : `${links.length}${links.length === 10 ? '+' : ''} issued`;
  const state = Date.parse(latest.expiresAt) > Date.now() ? `expires ${formatDateTime(latest.expiresAt)}` : 'expired';
  return `${count}; the latest on ${formatDateTime(latest.createdAt)}, ${state}`;
}

/** Whether transfers can reach the account; "yet" only while Stripe may still enable them. */
function transfersInWords(writer: WriterAccount): string {
  if (writer.canReceiveTransfers) return 'Can receive transfers';
  if (writer.deauthorized) return 'Cannot receive transfers: the account is no longer connected to the platform';
  if (writer.onboardingStatus === 'REJECTED') return 'Cannot receive transfers: Stripe rejected the account';
  return `Cannot receive transfers yet: Stripe's transfers capability is ${writer.transfersCapability}`;
}

export function WriterAccountCard({ writer, actions }: { writer: WriterAccount; actions?: ReactNode }) {
  return (
    <section className="card" aria-labelledby="account-title">
      <div className="card-header">
        <h2 id="account-title">Stripe account</h2>
        {actions}
      </div>
      <dl className="details">
        <dt>Account id</dt>
        <dd>{writer.stripeAccountId ? <code>{writer.stripeAccountId}</code> : <span className="muted">Not created yet</span>}</dd>
        <dt>Connected</dt>
        <dd>{writer.accountConnection === 'OAUTH' ? 'By the writer, through Stripe OAuth' : 'Created by the platform'}</dd>
        <dt>Onboarding links</dt>
        <dd>{issuedLinks(writer.onboardingLinks)}</dd>
        <dt>Country</dt>
        <dd>{countryName(writer.country)}</dd>
        <dt>Transfers</dt>
        <dd>{transfersInWords(writer)}</dd>
        <dt>Payouts</dt>
        <dd>{writer.deauthorized ? 'Not known: Stripe no longer shares this account' : writer.payoutsEnabled ? 'Enabled' : 'Not enabled'}</dd>
        {writer.deauthorized && (
          <>
            <dt>Connection</dt>
            <dd>Disconnected from the platform</dd>
          </>
        )}
        <dt>Created</dt>
        <dd>
          <Timestamp iso={writer.createdAt} />
        </dd>
      </dl>
    </section>
  );
}
