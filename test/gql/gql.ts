/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Kit_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        writer {\n          id\n          stripeAccountId\n          onboardingStatus\n        }\n      }\n    }\n  }\n": typeof types.Kit_SignUpDocument,
    "\n  mutation Kit_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": typeof types.Kit_LogInDocument,
    "\n  mutation Kit_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.Kit_EnrollTwoFactorDocument,
    "\n  mutation Kit_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n    }\n  }\n": typeof types.Kit_ConfirmTwoFactorDocument,
    "\n  query Kit_WriterStatus($id: ID!) {\n    writer(id: $id) {\n      onboardingStatus\n      stripeAccountId\n      requirementsDue\n    }\n  }\n": typeof types.Kit_WriterStatusDocument,
    "\n  mutation Kit_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      id\n      url\n      type\n      expiresAt\n    }\n  }\n": typeof types.Kit_CreateOnboardingLinkDocument,
    "\n  mutation Kit_InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      token\n    }\n  }\n": typeof types.Kit_InviteTeamMemberDocument,
    "\n  mutation Kit_AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      token\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.Kit_AcceptTeamInviteDocument,
    "\n  subscription Kit_Heartbeat {\n    heartbeat\n  }\n": typeof types.Kit_HeartbeatDocument,
};
const documents: Documents = {
    "\n  mutation Kit_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        writer {\n          id\n          stripeAccountId\n          onboardingStatus\n        }\n      }\n    }\n  }\n": types.Kit_SignUpDocument,
    "\n  mutation Kit_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": types.Kit_LogInDocument,
    "\n  mutation Kit_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": types.Kit_EnrollTwoFactorDocument,
    "\n  mutation Kit_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n    }\n  }\n": types.Kit_ConfirmTwoFactorDocument,
    "\n  query Kit_WriterStatus($id: ID!) {\n    writer(id: $id) {\n      onboardingStatus\n      stripeAccountId\n      requirementsDue\n    }\n  }\n": types.Kit_WriterStatusDocument,
    "\n  mutation Kit_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      id\n      url\n      type\n      expiresAt\n    }\n  }\n": types.Kit_CreateOnboardingLinkDocument,
    "\n  mutation Kit_InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      token\n    }\n  }\n": types.Kit_InviteTeamMemberDocument,
    "\n  mutation Kit_AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      token\n      viewer {\n        id\n      }\n    }\n  }\n": types.Kit_AcceptTeamInviteDocument,
    "\n  subscription Kit_Heartbeat {\n    heartbeat\n  }\n": types.Kit_HeartbeatDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        writer {\n          id\n          stripeAccountId\n          onboardingStatus\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        writer {\n          id\n          stripeAccountId\n          onboardingStatus\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_WriterStatus($id: ID!) {\n    writer(id: $id) {\n      onboardingStatus\n      stripeAccountId\n      requirementsDue\n    }\n  }\n"): (typeof documents)["\n  query Kit_WriterStatus($id: ID!) {\n    writer(id: $id) {\n      onboardingStatus\n      stripeAccountId\n      requirementsDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      id\n      url\n      type\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      id\n      url\n      type\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      token\n      viewer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      token\n      viewer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Kit_Heartbeat {\n    heartbeat\n  }\n"): (typeof documents)["\n  subscription Kit_Heartbeat {\n    heartbeat\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;