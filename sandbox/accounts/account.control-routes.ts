import type { ControlRoute } from '../http/control-route';
import { param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { deauthorizeAccount } from './account-removal.service';
import { requireConnectedAccount, sideOf } from './account.lookup';
import { ONBOARDING_STATES } from './account.model';
import { changeOnboardingState } from './account.service';
import { completeOnboarding } from './onboarding.service';

export const accountControlRoutes: ControlRoute[] = [
  {
    method: 'POST',
    path: '/_sandbox/accounts/{id}/complete_onboarding',
    handler: (runtime, request) => {
      parseParams(request.params, {});
      return completeOnboarding(runtime.context, requireConnectedAccount(runtime.context, pathParam(request, 'id')));
    },
  },
  {
    method: 'POST',
    path: '/_sandbox/accounts/{id}/set_state',
    handler: (runtime, request) => {
      const { state } = parseParams(request.params, { state: required(param.enum(ONBOARDING_STATES)) });
      const account = requireConnectedAccount(runtime.context, pathParam(request, 'id'));
      // Reaching `active` is finishing onboarding: bank account and terms are recorded too.
      if (state === 'active') return completeOnboarding(runtime.context, account);
      return changeOnboardingState(runtime.context, account, sideOf(runtime.context, account.id), state);
    },
  },
  {
    method: 'POST',
    path: '/_sandbox/accounts/{id}/deauthorize',
    handler: (runtime, request) => {
      parseParams(request.params, {});
      const account = requireConnectedAccount(runtime.context, pathParam(request, 'id'));
      deauthorizeAccount(runtime.context, account);
      return { id: account.id, deauthorized: true };
    },
  },
];
