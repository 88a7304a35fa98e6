import { mergeMetadata, type InferFields } from '../http/params';
import { invalidParam, invalidRequest } from '../kernel/errors';
import { emitEvent, eventAccountOf, previousAttributes } from '../kernel/event.service';
import { checkCurrency } from '../kernel/money';
import type { SandboxContext } from '../kernel/sandbox.context';
import { emptyAddress } from '../kernel/stripe-object.types';
import { controllerForType, newConnectedAccount } from './account.factory';
import type { Account, AccountController, AccountSide, AccountType, OnboardingState } from './account.model';
import type { accountCreateFields, accountUpdateFields } from './account.params';
import { applyOnboardingState, capabilityStatusFor } from './account.requirements';
import { ACCOUNTS, ACCOUNT_SIDES } from './account.stores';
import { capabilityOf } from './capability.model';
import { checkedAccountCountry } from './country.catalog';
import { replaceDefaultBankAccount } from './external-account.attach';
import type { ExternalAccountInput } from './external-account.params';
import { applyPersonParams } from './person.apply';
import { newPerson } from './person.model';
import { testIdNumberOf, verifyTestData } from './test-verification';

/** `external_account` (a token or a hash) is read apart from the other fields: see external-account.params.ts. */
type WithExternalAccount = { external_account?: ExternalAccountInput };
export type AccountCreateParams = InferFields<typeof accountCreateFields> & WithExternalAccount;
export type AccountUpdateParams = InferFields<typeof accountUpdateFields> & WithExternalAccount;
type ControllerParams = NonNullable<AccountCreateParams['controller']>;

export function createAccount(context: SandboxContext, params: AccountCreateParams): Account {
  if (params.type && params.controller) {
    throw invalidParam('You cannot specify both `type` and `controller`; use one or the other.', 'controller');
  }
  const controller = params.controller ? controllerFromParams(params.controller) : controllerForType(params.type ?? 'standard');
  const account = newConnectedAccount({
    type: params.type ?? typeOfController(controller),
    controller,
    country: checkedAccountCountry(params.country ?? 'US'),
    email: params.email ?? null,
    createdSeconds: context.clock.nowSeconds(),
  });
  const side: AccountSide = { onboardingState: 'new', capabilityRequestedAt: {}, deauthorized: false };
  applyProfile(context, account, side, params);
  verifyTestData(context, account, side, testIdNumberOf(params.individual));
  applyOnboardingState(account, side.onboardingState, side.verification?.failure);
  context.state.of(ACCOUNTS).insert(context.state.platformAccountId, account);
  context.state.of(ACCOUNT_SIDES).set(account.id, side);
  for (const name of Object.keys(account.capabilities)) announceCapability(context, account, side, name, undefined);
  return account;
}

/** Applies an update; a connected account's requirements are re-evaluated against what it now holds. */
export function updateAccount(context: SandboxContext, account: Account, params: AccountUpdateParams): Account {
  const side = context.state.of(ACCOUNT_SIDES).get(account.id);
  const before = structuredClone(account);
  // Changes are made on a copy so a refused parameter leaves the account untouched.
  const draft = structuredClone(account);
  applyProfile(context, draft, side, params);
  if (side) {
    verifyTestData(context, draft, side, testIdNumberOf(params.individual));
    applyOnboardingState(draft, side.onboardingState, side.verification?.failure);
  }
  Object.assign(account, draft);
  announceAccountChanges(context, before, account);
  return account;
}

/** After a change made outside `updateAccount`: requirements follow what the account now holds, and it is announced. */
export function settleAccountChange(context: SandboxContext, before: Account, account: Account): void {
  const side = context.state.of(ACCOUNT_SIDES).get(account.id);
  if (side) applyOnboardingState(account, side.onboardingState, side.verification?.failure);
  announceAccountChanges(context, before, account);
}

export function changeOnboardingState(context: SandboxContext, account: Account, side: AccountSide, state: OnboardingState) {
  const before = structuredClone(account);
  side.onboardingState = state;
  applyOnboardingState(account, state);
  announceAccountChanges(context, before, account);
  return account;
}

/** `account.updated` with what changed, and `capability.updated` for each capability that moved. */
export function announceAccountChanges(context: SandboxContext, before: Account, after: Account): void {
  const changed = previousAttributes(before, after);
  if (!changed) return;
  emitEvent(context, { type: 'account.updated', object: after, account: eventAccountOf(context, after.id), previousAttributes: changed });
  const side = context.state.of(ACCOUNT_SIDES).get(after.id);
  if (!side) return;
  for (const name of new Set([...Object.keys(before.capabilities), ...Object.keys(after.capabilities)])) {
    if (before.capabilities[name] !== after.capabilities[name]) announceCapability(context, after, side, name, before.capabilities[name]);
  }
}

/** `capability.updated`: a capability was requested, unrequested or changed status. */
function announceCapability(context: SandboxContext, account: Account, side: AccountSide, name: string, previousStatus: string | undefined) {
  const capability = capabilityOf(account, side, name);
  const wasRequested = previousStatus !== undefined;
  emitEvent(context, {
    type: 'capability.updated',
    object: capability,
    account: eventAccountOf(context, account.id),
    previousAttributes: { status: previousStatus ?? 'unrequested', ...(wasRequested === capability.requested ? {} : { requested: wasRequested }) },
  });
}

function controllerFromParams(params: ControllerParams): AccountController {
  const dashboard = params.stripe_dashboard?.type ?? (params.fees?.payer === 'application' ? 'none' : 'full');
  return {
    type: 'application',
    is_controller: true,
    fees: { payer: params.fees?.payer ?? (dashboard === 'full' ? 'account' : 'application') },
    losses: { payments: params.losses?.payments ?? (dashboard === 'full' ? 'stripe' : 'application') },
    requirement_collection: params.requirement_collection ?? 'stripe',
    stripe_dashboard: { type: dashboard },
  };
}

/** The legacy `type` Stripe reports for an account described by controller properties. */
function typeOfController(controller: AccountController): AccountType {
  const dashboard = controller.stripe_dashboard?.type;
  if (dashboard === 'express') return 'express';
  if (dashboard === 'none') return 'custom';
  return 'standard';
}

function applyProfile(context: SandboxContext, account: Account, side: AccountSide | undefined, params: AccountUpdateParams) {
  if (params.email !== undefined) account.email = params.email;
  if (params.business_type !== undefined) account.business_type = params.business_type;
  if (params.default_currency) account.default_currency = checkCurrency(params.default_currency, 'default_currency');
  if (params.business_profile !== undefined) applyBusinessProfile(account, params.business_profile);
  if (params.individual) {
    account.individual ??= newPerson(account.id, context.clock.nowSeconds());
    applyPersonParams(account.individual, params.individual);
  }
  account.metadata = mergeMetadata(account.metadata, params.metadata);
  applyPayoutSettings(account, params.settings?.payouts?.schedule);
  applyTosAcceptance(account, params.tos_acceptance, params.capabilities);
  if (side && params.capabilities) requestCapabilities(context, account, side, params.capabilities);
  if (params.external_account) replaceDefaultBankAccount(context, account, params.external_account);
}

function applyBusinessProfile(account: Account, profile: AccountUpdateParams['business_profile']) {
  for (const [key, value] of Object.entries(profile ?? {})) {
    if (value === undefined) continue;
    (account.business_profile as unknown as Record<string, unknown>)[key] =
      key === 'support_address' && value ? { ...(account.business_profile.support_address ?? emptyAddress()), ...(value as object) } : value;
  }
}

type ScheduleParams = NonNullable<NonNullable<NonNullable<AccountUpdateParams['settings']>['payouts']>['schedule']>;

function applyPayoutSettings(account: Account, schedule: ScheduleParams | null | undefined) {
  if (!schedule) return;
  const current = account.settings.payouts.schedule;
  const interval = schedule.interval ?? current.interval;
  account.settings.payouts.schedule = {
    delay_days: schedule.delay_days ? delayDays(schedule.delay_days) : current.delay_days,
    interval,
    ...(interval === 'weekly' ? { weekly_anchor: schedule.weekly_anchor ?? current.weekly_anchor ?? 'monday' } : {}),
    ...(interval === 'monthly' ? { monthly_anchor: schedule.monthly_anchor ?? current.monthly_anchor ?? 1 } : {}),
  };
}

/** `minimum` means the shortest delay the country allows: 2 days in the US. */
function delayDays(value: string): number {
  if (value === 'minimum') return 2;
  if (!/^\d+$/.test(value)) {
    throw invalidParam(`Invalid integer: ${value}`, 'settings[payouts][schedule][delay_days]', 'parameter_invalid_integer');
  }
  return Number(value);
}

function applyTosAcceptance(account: Account, tos: AccountUpdateParams['tos_acceptance'], capabilities: AccountUpdateParams['capabilities']) {
  const agreement = tos?.service_agreement ?? account.tos_acceptance.service_agreement;
  if (agreement === 'recipient' && (capabilities?.card_payments?.requested || account.capabilities.card_payments)) {
    throw invalidRequest('The `card_payments` capability cannot be requested on an account with a `recipient` service agreement.', {
      param: 'tos_acceptance[service_agreement]',
    });
  }
  if (!tos) return;
  if (tos.date !== undefined) account.tos_acceptance.date = tos.date;
  if (tos.ip !== undefined) account.tos_acceptance.ip = tos.ip;
  if (tos.user_agent !== undefined) account.tos_acceptance.user_agent = tos.user_agent;
  if (tos.service_agreement) account.tos_acceptance.service_agreement = tos.service_agreement;
}

function requestCapabilities(context: SandboxContext, account: Account, side: AccountSide, capabilities: NonNullable<AccountUpdateParams['capabilities']>) {
  for (const [name, request] of Object.entries(capabilities)) {
    if (request?.requested === true && !account.capabilities[name]) {
      account.capabilities[name] = capabilityStatusFor(side.onboardingState);
      side.capabilityRequestedAt[name] = context.clock.nowSeconds();
    }
    if (request?.requested === false) {
      delete account.capabilities[name];
      delete side.capabilityRequestedAt[name];
    }
  }
}
