/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptTeamInviteInput = {
  /** Defaults to the name on the invitation. */
  displayName?: string | null | undefined;
  /** At least 10 characters, with a letter and a digit. */
  password: string;
  token: string;
};

export type InviteTeamMemberInput = {
  displayName: string;
  email: string;
  role: Role;
};

export type LogInInput = {
  email: string;
  /** The current 6-digit code, required once two-factor is on. */
  otp?: string | null | undefined;
  password: string;
  /** One of the recovery codes from confirmTwoFactor, instead of `otp` when the authenticator is lost; each works once. */
  recoveryCode?: string | null | undefined;
};

/** The kind of Stripe-hosted flow the link opens. */
export type OnboardingLinkType =
  /** Onboarding: collects what Stripe still needs, or lets a writer who already submitted review and update their details. */
  | 'ACCOUNT_ONBOARDING'
  /** Stripe’s update flow, which it offers only for accounts without a Stripe-hosted Dashboard. */
  | 'ACCOUNT_UPDATE';

/** Where a writer's Stripe onboarding stands, derived from their connected account. */
export type OnboardingStatus =
  /** Can receive transfers. */
  | 'ACTIVE'
  /** Onboarding started; Stripe still needs details from the writer. */
  | 'IN_PROGRESS'
  /** No onboarding link issued yet. */
  | 'NOT_STARTED'
  /** Details submitted; Stripe is verifying them. */
  | 'PENDING_VERIFICATION'
  /** Stripe rejected the account; it can never be paid. */
  | 'REJECTED'
  /** Stripe needs more information or has disabled the account; cannot be paid. */
  | 'RESTRICTED';

/** The team: ADMIN runs the platform and manages the team, FINANCE moves money, VIEWER reads only. WRITER is paid for their answers. */
export type Role =
  | 'ADMIN'
  | 'API_KEY'
  | 'FINANCE'
  | 'VIEWER'
  | 'WRITER';

export type SignUpInput = {
  /** ISO 3166-1 alpha-2 country code of the writer, such as US or DE. */
  country: string;
  displayName: string;
  email: string;
  /** The token from inviteWriter, when the platform already added this writer: it proves the email is theirs. */
  inviteToken?: string | null | undefined;
  /** At least 10 characters, with a letter and a digit. */
  password: string;
};

export type Kit_SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type Kit_SignUpMutation = { signUp: { token: string, viewer: { id: string, writer: { id: string, stripeAccountId: string | null, onboardingStatus: OnboardingStatus } | null } } };

export type Kit_LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type Kit_LogInMutation = { logIn: { token: string } };

export type Kit_EnrollTwoFactorMutationVariables = Exact<{ [key: string]: never; }>;


export type Kit_EnrollTwoFactorMutation = { enrollTwoFactor: { secret: string, otpauthUrl: string } };

export type Kit_ConfirmTwoFactorMutationVariables = Exact<{
  otp: string;
}>;


export type Kit_ConfirmTwoFactorMutation = { confirmTwoFactor: { token: string } };

export type Kit_WriterStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type Kit_WriterStatusQuery = { writer: { onboardingStatus: OnboardingStatus, stripeAccountId: string | null, requirementsDue: Array<string> } };

export type Kit_CreateOnboardingLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type Kit_CreateOnboardingLinkMutation = { createOnboardingLink: { id: string, url: string, type: OnboardingLinkType, expiresAt: string } };

export type Kit_InviteTeamMemberMutationVariables = Exact<{
  input: InviteTeamMemberInput;
}>;


export type Kit_InviteTeamMemberMutation = { inviteTeamMember: { token: string | null } };

export type Kit_AcceptTeamInviteMutationVariables = Exact<{
  input: AcceptTeamInviteInput;
}>;


export type Kit_AcceptTeamInviteMutation = { acceptTeamInvite: { token: string, viewer: { id: string } } };

export type Kit_HeartbeatSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Kit_HeartbeatSubscription = { heartbeat: string };


export const Kit_SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Kit_SignUpMutation, Kit_SignUpMutationVariables>;
export const Kit_LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Kit_LogInMutation, Kit_LogInMutationVariables>;
export const Kit_EnrollTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_EnrollTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUrl"}}]}}]}}]} as unknown as DocumentNode<Kit_EnrollTwoFactorMutation, Kit_EnrollTwoFactorMutationVariables>;
export const Kit_ConfirmTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_ConfirmTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"otp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Kit_ConfirmTwoFactorMutation, Kit_ConfirmTwoFactorMutationVariables>;
export const Kit_WriterStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kit_WriterStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"requirementsDue"}}]}}]}}]} as unknown as DocumentNode<Kit_WriterStatusQuery, Kit_WriterStatusQueryVariables>;
export const Kit_CreateOnboardingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_CreateOnboardingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOnboardingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"writerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<Kit_CreateOnboardingLinkMutation, Kit_CreateOnboardingLinkMutationVariables>;
export const Kit_InviteTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_InviteTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Kit_InviteTeamMemberMutation, Kit_InviteTeamMemberMutationVariables>;
export const Kit_AcceptTeamInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Kit_AcceptTeamInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptTeamInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTeamInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Kit_AcceptTeamInviteMutation, Kit_AcceptTeamInviteMutationVariables>;
export const Kit_HeartbeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Kit_Heartbeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heartbeat"}}]}}]} as unknown as DocumentNode<Kit_HeartbeatSubscription, Kit_HeartbeatSubscriptionVariables>;