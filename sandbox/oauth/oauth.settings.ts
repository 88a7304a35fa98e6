import { invalidParam } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import { oauthKeys, type RedirectUrisRecord } from './oauth.model';
import { OAUTH } from './oauth.stores';

const APPLICATION_NAME = 'Sandbox Platform';

/**
 * The platform's client id. By default `ca_` and the platform account's own suffix, the id
 * the `account.application.*` events already name, so it survives a restart with the state.
 */
export function clientIdOf(context: SandboxContext): string {
  return context.settings.oauth?.clientId ?? `ca_${context.state.platformAccountId.slice('acct_'.length)}`;
}

/** The Connect application the `account.application.*` events carry. */
export function applicationOf(context: SandboxContext) {
  return { id: clientIdOf(context), object: 'application' as const, name: APPLICATION_NAME };
}

/** Configured URIs first, then those registered, in registration order; the first is the default. */
export function redirectUrisOf(context: SandboxContext): string[] {
  const registered = (context.state.of(OAUTH).get(oauthKeys.redirectUris) as RedirectUrisRecord | undefined)?.uris ?? [];
  return [...new Set([...(context.settings.oauth?.redirectUris ?? []), ...registered])];
}

/** Adds a URI to the platform settings, as a platform does in its Dashboard. */
export function registerRedirectUri(context: SandboxContext, uri: string): string[] {
  let url: URL | undefined;
  try {
    url = new URL(uri);
  } catch {
    url = undefined;
  }
  // Test mode accepts plain http (localhost callbacks); nothing else but http(s).
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw invalidParam('Not a valid URL', 'url', 'url_invalid');
  const record = context.state.of(OAUTH).get(oauthKeys.redirectUris) as RedirectUrisRecord | undefined;
  const uris = record?.uris ?? [];
  if (!uris.includes(uri)) context.state.of(OAUTH).set(oauthKeys.redirectUris, { kind: 'redirect_uris', uris: [...uris, uri] });
  return redirectUrisOf(context);
}
