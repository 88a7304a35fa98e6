import { findAccount } from '../accounts/account.lookup';
import type { Account } from '../accounts/account.model';
import { balanceOf } from '../balance/balance.service';
import { BALANCE_TRANSACTIONS } from '../balance/balance.stores';
import { pathParam } from '../http/router';
import type { SandboxContext } from '../kernel/sandbox.context';
import { escapeHtml, htmlPage } from '../pages/html';
import type { PageRoute } from '../pages/page-route';
import { LOGIN_LINKS } from './login-link.stores';

const RECENT_TRANSACTIONS = 10;

/** What Stripe shows for a login link opened a second time: it signs in once only. */
const EXPIRED_LINK_BODY = `
<h1>This link has expired</h1>
<p>Login links can only be used once. Return to the platform and open your Express Dashboard from there again.</p>`;

function money(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

function dashboardBody(context: SandboxContext, account: Account): string {
  const balance = balanceOf(context, account.id);
  const balances = balance.available
    .map((available, index) => {
      const pending = balance.pending[index]?.amount ?? 0;
      return `<li>${money(available.amount, available.currency)} available, ${money(pending, available.currency)} pending</li>`;
    })
    .join('');
  const rows = context.state
    .of(BALANCE_TRANSACTIONS)
    .listOwned(account.id)
    .slice(0, RECENT_TRANSACTIONS)
    .map((transaction) => {
      const day = new Date(transaction.created * 1000).toISOString().slice(0, 10);
      const amount = money(transaction.amount, transaction.currency);
      return `<tr><td>${day}</td><td>${escapeHtml(transaction.type)}</td><td>${amount}</td></tr>`;
    })
    .join('');
  const activity = rows || '<tr><td colspan="3">No activity yet</td></tr>';
  return `
<h1>Express dashboard</h1>
<p class="test-banner" role="note">Sandbox test mode</p>
<p>${escapeHtml(account.email ?? account.id)}: payouts ${account.payouts_enabled ? 'enabled' : 'not enabled yet'}</p>
<h2>Balance</h2>
<ul>${balances}</ul>
<h2>Recent activity</h2>
<table><thead><tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Amount</th></tr></thead><tbody>${activity}</tbody></table>`;
}

/** What a login link opens: a read-only summary standing in for Stripe's Express Dashboard. */
export const expressDashboardPageRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: '/express/{token}',
    handler: (context, request) => {
      const link = context.state.of(LOGIN_LINKS).get(pathParam(request, 'token'));
      const account = link ? findAccount(context, link.accountId) : undefined;
      if (!link || !account) return { status: 404, html: htmlPage('Link not found', '<h1>This login link is not valid</h1>') };
      if (link.usedAt !== undefined) return { status: 200, html: htmlPage('Link expired', EXPIRED_LINK_BODY) };
      link.usedAt = context.clock.nowSeconds();
      return { status: 200, html: htmlPage('Express dashboard', dashboardBody(context, account)) };
    },
  },
];
