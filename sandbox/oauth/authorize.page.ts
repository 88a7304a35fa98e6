import { escapeHtml, htmlPage } from '../pages/html';
import type { AuthorizeParams } from './oauth.model';

const PLATFORM_NAME = 'Sandbox Platform';
const SECONDARY_BUTTON_STYLE = '<style>button.secondary { background: #fff; color: #1a1f36; border: 1px solid #a3acb9; }</style>';

const CAPABILITY_WORDS: Record<string, string> = {
  transfers: 'Receive transfers from the platform, paid out to your bank account',
  card_payments: 'Accept card payments',
};

function field(name: string, label: string, value: string, type = 'text', autocomplete = ''): string {
  const extra = autocomplete ? ` autocomplete="${autocomplete}"` : '';
  return `<label for="${name}">${escapeHtml(label)}<input id="${name}" name="${name}" type="${type}" value="${escapeHtml(value)}"${extra}></label>`;
}

function capabilitiesHtml(params: AuthorizeParams): string {
  const wanted = params.express ? params.suggestedCapabilities : ['card_payments', 'transfers'];
  const listed = wanted.flatMap((name) => CAPABILITY_WORDS[name] ?? []);
  if (listed.length === 0) return '';
  return `<p>${PLATFORM_NAME} asks that your account can:</p><ul>${listed.map((words) => `<li>${escapeHtml(words)}</li>`).join('')}</ul>`;
}

/**
 * Stripe's consent page: who asks, for what, and a choice. Approving creates the account with
 * Stripe's test identity and bank values (so one click connects an account that can be paid);
 * denying goes back to the platform with `error=access_denied`.
 */
export function authorizePage(params: AuthorizeParams, requestId: string): string {
  const prefill = params.stripeUser;
  const title = params.express ? `${PLATFORM_NAME} uses Stripe to pay you` : `Connect your Stripe account to ${PLATFORM_NAME}`;
  const access = params.scope === 'read_only' ? 'read your account data' : 'manage your account on your behalf';
  const body = `
<h1>${escapeHtml(title)}</h1>
<p class="test-banner" role="note">Sandbox test mode: your identity and bank details take Stripe's test values.</p>
<p>${PLATFORM_NAME} will be able to ${access}.</p>
${capabilitiesHtml(params)}
<form method="post">
<input type="hidden" name="request" value="${escapeHtml(requestId)}">
<fieldset><legend>Your Stripe account</legend>
${field('email', 'Email', prefill.email ?? 'jenny.rosen@example.com', 'email', 'email')}
${field('first_name', 'First name', prefill.first_name ?? 'Jenny', 'text', 'given-name')}
${field('last_name', 'Last name', prefill.last_name ?? 'Rosen', 'text', 'family-name')}
</fieldset>
<button type="submit" name="decision" value="approve">Connect my Stripe account</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny access and return to ${PLATFORM_NAME}</button>
</form>`;
  return htmlPage(title, `${SECONDARY_BUTTON_STYLE}${body}`);
}

/** A link Stripe would not follow: shown here, never redirected, so no code reaches a stranger. */
export function authorizeErrorPage(error: string, description: string): string {
  return htmlPage(
    'Something is wrong with this link',
    `<h1>Something is wrong with this link</h1><p><code>${escapeHtml(error)}</code></p><p>${escapeHtml(description)}</p><p>Go back to the platform and try again.</p>`,
  );
}
