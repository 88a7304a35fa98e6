import type { ControlRoute } from '../http/control-route';
import { param, parseParams, required } from '../http/params';
import type { SandboxContext } from '../kernel/sandbox.context';
import { clientIdOf, redirectUrisOf, registerRedirectUri } from './oauth.settings';

function describeSettings(context: SandboxContext) {
  return { client_id: clientIdOf(context), redirect_uris: redirectUrisOf(context) };
}

/**
 * The platform's OAuth settings, which Stripe keeps in its Dashboard: a platform started
 * against the sandbox registers its callback here (and learns the client id).
 */
export const oauthControlRoutes: ControlRoute[] = [
  {
    method: 'GET',
    path: '/_sandbox/oauth',
    handler: (runtime) => describeSettings(runtime.context),
  },
  {
    method: 'POST',
    path: '/_sandbox/oauth/redirect_uris',
    handler: (runtime, request) => {
      const { url } = parseParams(request.params, { url: required(param.string({ maxLength: 5000 })) });
      registerRedirectUri(runtime.context, url);
      return describeSettings(runtime.context);
    },
  },
];
