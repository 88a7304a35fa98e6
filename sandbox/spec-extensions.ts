import { NEWER_CAPABILITIES } from './accounts/capability.catalog';
import { VERSION_CHANGES } from './versions/version-changes';

/**
 * Where the sandbox's answers go beyond Stripe's OpenAPI description for API 2023-08-16
 * (`openapi-subset.json`), each with why. The conformance test allows exactly these and
 * treats every other unlisted field as an error.
 */
export interface PropertyExtension {
  schema: string;
  property: string;
  reason: string;
}

export interface EnumExtension {
  schema: string;
  property: string;
  values: string[];
  reason: string;
}

const CONTROLLER_REASON =
  'Connected-account controller properties (API 2024+, the SDK 23 `Account.Controller` type): accounts are created with `controller[...]` as the Stripe guides now show, and Stripe echoes them back.';

export const PROPERTY_EXTENSIONS: PropertyExtension[] = [
  { schema: 'account_unification_account_controller', property: 'fees', reason: CONTROLLER_REASON },
  { schema: 'account_unification_account_controller', property: 'losses', reason: CONTROLLER_REASON },
  { schema: 'account_unification_account_controller', property: 'requirement_collection', reason: CONTROLLER_REASON },
  { schema: 'account_unification_account_controller', property: 'stripe_dashboard', reason: CONTROLLER_REASON },
  // Capabilities Stripe added after 2023-08-16: an account that requested one lists it.
  ...NEWER_CAPABILITIES.map((name) => ({
    schema: 'account_capabilities',
    property: name,
    reason:
      'A capability newer than the subset (the SDK types list it in `AccountCreateParams.capabilities`); Stripe accepts the request and lists its status.',
  })),
  // Fields of newer API versions, present when an answer or event is rendered for one (versions/version-changes.ts).
  ...VERSION_CHANGES.map((change) => ({
    schema: change.object,
    property: change.field,
    reason: `Added in API ${change.version} (the SDK's types mark it required from then on); answered for that version or later: ${change.note}.`,
  })),
];

export const ENUM_EXTENSIONS: EnumExtension[] = [];
