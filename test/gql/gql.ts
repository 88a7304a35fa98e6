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
    "\n  mutation EarningsImport_Record($input: RecordEarningsInput!) {\n    recordEarnings(input: $input) {\n      id\n      reference\n      amount {\n        amount\n      }\n    }\n  }\n": typeof types.EarningsImport_RecordDocument,
    "\n  query EarningsImport_Count($id: ID!) {\n    writer(id: $id) {\n      earnings {\n        totalCount\n      }\n    }\n  }\n": typeof types.EarningsImport_CountDocument,
    "\n  mutation Kit_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        writer {\n          id\n          stripeAccountId\n          onboardingStatus\n        }\n      }\n    }\n  }\n": typeof types.Kit_SignUpDocument,
    "\n  mutation Kit_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": typeof types.Kit_LogInDocument,
    "\n  mutation Kit_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.Kit_EnrollTwoFactorDocument,
    "\n  mutation Kit_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n    }\n  }\n": typeof types.Kit_ConfirmTwoFactorDocument,
    "\n  query Kit_WriterStatus($id: ID!) {\n    writer(id: $id) {\n      onboardingStatus\n      stripeAccountId\n      requirementsDue\n    }\n  }\n": typeof types.Kit_WriterStatusDocument,
    "\n  mutation Kit_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      id\n      url\n      type\n      expiresAt\n    }\n  }\n": typeof types.Kit_CreateOnboardingLinkDocument,
    "\n  mutation Kit_InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      token\n    }\n  }\n": typeof types.Kit_InviteTeamMemberDocument,
    "\n  mutation Kit_AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      token\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.Kit_AcceptTeamInviteDocument,
    "\n  mutation Kit_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.Kit_CreateApiKeyDocument,
    "\n  subscription Kit_Heartbeat {\n    heartbeat\n  }\n": typeof types.Kit_HeartbeatDocument,
    "\n  fragment Kit_Transfer on Transfer {\n    id\n    stripeTransferId\n    writerId\n    status\n    idempotencyKey\n    transferGroup\n    description\n    failureCode\n    failureMessage\n    createdAt\n    nextStates\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      currency\n      formatted\n    }\n    reversibleAmount {\n      amount\n    }\n    reversals {\n      id\n      stripeReversalId\n      status\n      reason\n      amount {\n        amount\n        currency\n      }\n      createdBy {\n        displayName\n      }\n    }\n    writer {\n      id\n      stripeAccountId\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.Kit_TransferFragmentDoc,
    "\n  fragment Kit_TopUp on TopUp {\n    id\n    stripeTopUpId\n    status\n    description\n    statementDescriptor\n    expectedAvailabilityDate\n    failureCode\n    idempotencyKey\n    cancelable\n    nextStates\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.Kit_TopUpFragmentDoc,
    "\n  mutation Kit_CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      ...Kit_Transfer\n    }\n  }\n": typeof types.Kit_CreateTransferDocument,
    "\n  mutation Kit_ReverseTransfer($input: ReverseTransferInput!) {\n    reverseTransfer(input: $input) {\n      ...Kit_Transfer\n    }\n  }\n": typeof types.Kit_ReverseTransferDocument,
    "\n  mutation Kit_CreateTopUp($input: CreateTopUpInput!) {\n    createTopUp(input: $input) {\n      ...Kit_TopUp\n    }\n  }\n": typeof types.Kit_CreateTopUpDocument,
    "\n  mutation Kit_CancelTopUp($id: ID!) {\n    cancelTopUp(id: $id) {\n      ...Kit_TopUp\n    }\n  }\n": typeof types.Kit_CancelTopUpDocument,
    "\n  query Kit_Transfer($id: ID!) {\n    transfer(id: $id) {\n      ...Kit_Transfer\n    }\n  }\n": typeof types.Kit_TransferDocument,
    "\n  subscription Kit_TopUpUpdated {\n    topUpUpdated {\n      ...Kit_TopUp\n    }\n  }\n": typeof types.Kit_TopUpUpdatedDocument,
    "\n  subscription Kit_TransferUpdated($writerId: ID) {\n    transferUpdated(writerId: $writerId) {\n      ...Kit_Transfer\n    }\n  }\n": typeof types.Kit_TransferUpdatedDocument,
    "\n  query Kit_PlatformBalance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n      payoutSchedule {\n        interval\n        delayDays\n      }\n      warning\n    }\n  }\n": typeof types.Kit_PlatformBalanceDocument,
    "\n  query Kit_TopUpStatuses {\n    topUps(first: 100) {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.Kit_TopUpStatusesDocument,
    "\n  query Kit_MoneyFootprint {\n    transfers(first: 100) {\n      totalCount\n    }\n    topUps(first: 100) {\n      totalCount\n    }\n    auditTrail(first: 100) {\n      totalCount\n    }\n  }\n": typeof types.Kit_MoneyFootprintDocument,
    "\n  mutation Kit_CreateOAuthLink($id: ID!) {\n    createOAuthLink(writerId: $id) {\n      url\n      state\n      expiresAt\n    }\n  }\n": typeof types.Kit_CreateOAuthLinkDocument,
    "\n  query Kit_WriterAccount($id: ID!) {\n    writer(id: $id) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      deauthorized\n      canReceiveTransfers\n    }\n  }\n": typeof types.Kit_WriterAccountDocument,
    "\n  fragment Kit_Payment on Payment {\n    id\n    writerId\n    status\n    description\n    stripeCheckoutSessionId\n    stripePaymentIntentId\n    stripeChargeId\n    stripeTransferId\n    stripeApplicationFeeId\n    failureMessage\n    idempotencyKey\n    paidAt\n    createdAt\n    updatedAt\n    nextStates\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      amount\n      currency\n    }\n    writerShare {\n      amount\n    }\n    amountRefunded {\n      amount\n    }\n    refundableAmount {\n      amount\n    }\n    writer {\n      id\n      stripeAccountId\n    }\n    refunds {\n      id\n      stripeRefundId\n      status\n      reason\n      reverseTransfer\n      refundApplicationFee\n      amount {\n        amount\n      }\n    }\n    disputes {\n      id\n      stripeDisputeId\n      status\n      reason\n      needsResponse\n      evidenceDueBy\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.Kit_PaymentFragmentDoc,
    "\n  mutation Kit_CreateCheckoutSession($input: CreateCheckoutSessionInput!) {\n    createCheckoutSession(input: $input) {\n      id\n      url\n      expiresAt\n      payment {\n        ...Kit_Payment\n      }\n    }\n  }\n": typeof types.Kit_CreateCheckoutSessionDocument,
    "\n  mutation Kit_RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...Kit_Payment\n    }\n  }\n": typeof types.Kit_RefundPaymentDocument,
    "\n  query Kit_Payment($id: ID!) {\n    payment(id: $id) {\n      ...Kit_Payment\n    }\n  }\n": typeof types.Kit_PaymentDocument,
    "\n  subscription Kit_PaymentUpdated($writerId: ID) {\n    paymentUpdated(writerId: $writerId) {\n      ...Kit_Payment\n    }\n  }\n": typeof types.Kit_PaymentUpdatedDocument,
    "\n  fragment Kit_PayoutRun on PayoutRun {\n    id\n    status\n    currency\n    description\n    itemCount\n    heldCount\n    nextStates\n    createdAt\n    approvedAt\n    completedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n    }\n    shortfall {\n      amount\n      formatted\n    }\n    minimumAmount {\n      amount\n    }\n    createdBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    executedBy {\n      id\n      displayName\n    }\n    progress {\n      itemsDone\n      itemsTotal\n      itemsFailed\n      amountSent {\n        amount\n      }\n    }\n  }\n": typeof types.Kit_PayoutRunFragmentDoc,
    "\n  fragment Kit_PayoutItem on PayoutItem {\n    id\n    writerId\n    status\n    heldReason\n    failureMessage\n    transferId\n    amount {\n      amount\n      currency\n    }\n    writer {\n      id\n      email\n    }\n    transfer {\n      id\n      status\n      transferGroup\n      stripeTransferId\n    }\n  }\n": typeof types.Kit_PayoutItemFragmentDoc,
    "\n  mutation Kit_ImportEarnings($input: ImportEarningsInput!) {\n    importEarnings(input: $input) {\n      id\n      dryRun\n      rowsTotal\n      rowsAccepted\n      rowsAlreadyRecorded\n      totalAmount {\n        amount\n        currency\n      }\n      rejected {\n        row\n        reason\n      }\n    }\n  }\n": typeof types.Kit_ImportEarningsDocument,
    "\n  mutation Kit_CreatePayoutRun($input: CreatePayoutRunInput!) {\n    createPayoutRun(input: $input) {\n      ...Kit_PayoutRun\n    }\n  }\n": typeof types.Kit_CreatePayoutRunDocument,
    "\n  mutation Kit_ApprovePayoutRun($id: ID!) {\n    approvePayoutRun(id: $id) {\n      ...Kit_PayoutRun\n    }\n  }\n": typeof types.Kit_ApprovePayoutRunDocument,
    "\n  mutation Kit_ExecutePayoutRun($id: ID!) {\n    executePayoutRun(id: $id) {\n      ...Kit_PayoutRun\n    }\n  }\n": typeof types.Kit_ExecutePayoutRunDocument,
    "\n  query Kit_PayoutRun($id: ID!, $first: Int, $status: PayoutItemStatus) {\n    payoutRun(id: $id) {\n      ...Kit_PayoutRun\n      items(first: $first, status: $status) {\n        totalCount\n        nodes {\n          ...Kit_PayoutItem\n        }\n      }\n    }\n  }\n": typeof types.Kit_PayoutRunDocument,
    "\n  query Kit_LedgerBalances {\n    ledgerBalances {\n      account\n      currency\n      balance {\n        amount\n      }\n    }\n  }\n": typeof types.Kit_LedgerBalancesDocument,
    "\n  mutation Kit_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      stripeAccountId\n    }\n  }\n": typeof types.Kit_CreateWriterDocument,
    "\n  mutation Kit_SyncWriter($id: ID!) {\n    syncWriter(id: $id) {\n      onboardingStatus\n    }\n  }\n": typeof types.Kit_SyncWriterDocument,
    "\n  fragment Kit_Payout on Payout {\n    id\n    stripePayoutId\n    status\n    arrivalDate\n    failureCode\n    failureMessage\n    bankLast4\n    automatic\n    whatToDo\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n  }\n": typeof types.Kit_PayoutFragmentDoc,
    "\n  query Kit_WriterPayouts($id: ID!) {\n    writer(id: $id) {\n      id\n      balance {\n        available {\n          amount\n          currency\n        }\n        pending {\n          amount\n          currency\n        }\n      }\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n      payouts(first: 50) {\n        totalCount\n        nodes {\n          ...Kit_Payout\n        }\n      }\n    }\n  }\n": typeof types.Kit_WriterPayoutsDocument,
    "\n  subscription Kit_PayoutUpdated($id: ID!) {\n    payoutUpdated(writerId: $id) {\n      ...Kit_Payout\n    }\n  }\n": typeof types.Kit_PayoutUpdatedDocument,
    "\n  mutation Kit_UpdatePayoutSchedule($input: UpdatePayoutScheduleInput!) {\n    updatePayoutSchedule(input: $input) {\n      id\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n    }\n  }\n": typeof types.Kit_UpdatePayoutScheduleDocument,
    "\n  query MoneyActivity_Days($currency: String!, $days: Int, $timeZone: String) {\n    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {\n      date\n      toppedUp {\n        amount\n        currency\n        formatted\n      }\n      transferred {\n        amount\n      }\n      reversed {\n        amount\n      }\n    }\n  }\n": typeof types.MoneyActivity_DaysDocument,
    "\n  query MoneyProperty_Reversible($id: ID!) {\n    transfer(id: $id) {\n      status\n      reversibleAmount {\n        amount\n      }\n    }\n  }\n": typeof types.MoneyProperty_ReversibleDocument,
    "\n  query MoneyProperty_Reversed($id: ID!) {\n    transfer(id: $id) {\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n": typeof types.MoneyProperty_ReversedDocument,
    "\n  query MoneyProperty_Transfers($after: String) {\n    transfers(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        idempotencyKey\n        transferGroup\n        stripeTransferId\n        amount {\n          amount\n        }\n        amountReversed {\n          amount\n        }\n        reversals {\n          status\n          amount {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoneyProperty_TransfersDocument,
    "\n  subscription MoneyStory_WriterTransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n": typeof types.MoneyStory_WriterTransferUpdatedDocument,
    "\n  query MoneyStory_OwnTransfers($id: ID!) {\n    writer(id: $id) {\n      transfers {\n        totalCount\n        nodes {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.MoneyStory_OwnTransfersDocument,
    "\n  query MoneyStory_AuditTrail($id: ID!) {\n    auditTrail(first: 20, subjectId: $id) {\n      nodes {\n        action\n        actor {\n          displayName\n        }\n        amount {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.MoneyStory_AuditTrailDocument,
    "\n  query MoneyStory_FailedTopUps {\n    topUps(first: 5, status: FAILED) {\n      nodes {\n        id\n        failureCode\n      }\n    }\n  }\n": typeof types.MoneyStory_FailedTopUpsDocument,
    "\n  mutation OAuthDisconnect_Disconnect($id: ID!) {\n    disconnectStripeAccount(writerId: $id) {\n      id\n      deauthorized\n      onboardingStatus\n      canReceiveTransfers\n      accountConnection\n    }\n  }\n": typeof types.OAuthDisconnect_DisconnectDocument,
    "\n  query OAuthDisconnect_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        details\n      }\n    }\n  }\n": typeof types.OAuthDisconnect_AuditTrailDocument,
    "\n  subscription OAuthStory_StatusChanged($writerId: ID) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n    }\n  }\n": typeof types.OAuthStory_StatusChangedDocument,
    "\n  query OAuthStory_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        details\n        actor {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OAuthStory_AuditTrailDocument,
    "\n  mutation OAuthStory_LogOut {\n    logOut\n  }\n": typeof types.OAuthStory_LogOutDocument,
    "\n  mutation DashboardLink_CreateDashboardLink($id: ID!) {\n    createDashboardLink(writerId: $id) {\n      url\n      createdAt\n    }\n  }\n": typeof types.DashboardLink_CreateDashboardLinkDocument,
    "\n  query OnboardingStory_Links($id: ID!) {\n    writer(id: $id) {\n      onboardingLinks {\n        id\n        type\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.OnboardingStory_LinksDocument,
    "\n  subscription OnboardingStory_StatusChanged($writerId: ID) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      onboardingStatus\n      requirementsDue\n    }\n  }\n": typeof types.OnboardingStory_StatusChangedDocument,
    "\n  mutation SignIn_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.SignIn_SignUpDocument,
    "\n  mutation SignIn_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      viewer {\n        role\n        twoFactorEnabled\n        twoFactorVerified\n      }\n    }\n  }\n": typeof types.SignIn_LogInDocument,
    "\n  query SignIn_Viewer {\n    viewer {\n      id\n      email\n      role\n      writer {\n        id\n      }\n    }\n  }\n": typeof types.SignIn_ViewerDocument,
    "\n  mutation SignIn_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      url\n    }\n  }\n": typeof types.SignIn_CreateOnboardingLinkDocument,
    "\n  query SignIn_WritersMatching($search: String) {\n    writers(search: $search) {\n      totalCount\n    }\n  }\n": typeof types.SignIn_WritersMatchingDocument,
    "\n  query SignIn_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n    }\n  }\n": typeof types.SignIn_WriterDocument,
    "\n  query SignIn_WriterCount {\n    writers {\n      totalCount\n    }\n  }\n": typeof types.SignIn_WriterCountDocument,
    "\n  mutation SignIn_EnrollSecret {\n    enrollTwoFactor {\n      secret\n    }\n  }\n": typeof types.SignIn_EnrollSecretDocument,
    "\n  mutation SignIn_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.SignIn_EnrollTwoFactorDocument,
    "\n  mutation SignIn_ConfirmWrongCode {\n    confirmTwoFactor(otp: \"000000\") {\n      token\n    }\n  }\n": typeof types.SignIn_ConfirmWrongCodeDocument,
    "\n  mutation SignIn_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      viewer {\n        twoFactorEnabled\n        twoFactorVerified\n      }\n    }\n  }\n": typeof types.SignIn_ConfirmTwoFactorDocument,
    "\n  mutation WriterInput_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        displayName\n        writer {\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.WriterInput_SignUpDocument,
    "\n  mutation WriterInput_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      displayName\n      email\n      country\n    }\n  }\n": typeof types.WriterInput_CreateWriterDocument,
    "\n  query WriterInput_Search($search: String) {\n    writers(search: $search, first: 100) {\n      nodes {\n        displayName\n      }\n    }\n  }\n": typeof types.WriterInput_SearchDocument,
    "\n  query WriterInput_Writers {\n    writers {\n      totalCount\n    }\n  }\n": typeof types.WriterInput_WritersDocument,
    "\n  mutation WriterInvite_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      signedUp\n      stripeAccountId\n    }\n  }\n": typeof types.WriterInvite_CreateWriterDocument,
    "\n  mutation WriterInvite_Invite($id: ID!) {\n    inviteWriter(writerId: $id) {\n      token\n      url\n      expiresAt\n    }\n  }\n": typeof types.WriterInvite_InviteDocument,
    "\n  mutation WriterInvite_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        role\n        writer {\n          id\n          email\n          signedUp\n          stripeAccountId\n        }\n      }\n    }\n  }\n": typeof types.WriterInvite_SignUpDocument,
    "\n  query WriterInvite_SignedUp($id: ID!) {\n    writer(id: $id) {\n      signedUp\n    }\n  }\n": typeof types.WriterInvite_SignedUpDocument,
    "\n  query WriterInvite_AuditTrail($id: ID) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        subjectType\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.WriterInvite_AuditTrailDocument,
    "\n  query CheckoutOutcomes_AuditActions($id: ID) {\n    auditTrail(first: 100, subjectId: $id) {\n      nodes {\n        action\n      }\n    }\n  }\n": typeof types.CheckoutOutcomes_AuditActionsDocument,
    "\n  subscription CheckoutOutcomes_PaymentUpdated {\n    paymentUpdated {\n      id\n      status\n      disputes {\n        stripeDisputeId\n        status\n        reason\n        needsResponse\n        evidenceDueBy\n        amount {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.CheckoutOutcomes_PaymentUpdatedDocument,
    "\n  query CheckoutOutcomes_Disputes {\n    disputesNeedingResponse {\n      stripeDisputeId\n      evidenceDueBy\n    }\n  }\n": typeof types.CheckoutOutcomes_DisputesDocument,
    "\n  query CheckoutStory_OwnPayments {\n    payments {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CheckoutStory_OwnPaymentsDocument,
    "\n  query CheckoutStory_PaymentCount {\n    payments {\n      totalCount\n    }\n  }\n": typeof types.CheckoutStory_PaymentCountDocument,
    "\n  query CheckoutStory_Payment($id: ID!) {\n    payment(id: $id) {\n      id\n    }\n  }\n": typeof types.CheckoutStory_PaymentDocument,
    "\n  query Ledger_WriterBalances($id: ID) {\n    ledgerBalances(writerId: $id) {\n      account\n      balance {\n        amount\n      }\n    }\n  }\n": typeof types.Ledger_WriterBalancesDocument,
    "\n  query PayoutRunStory_GraceView($id: ID!) {\n    writer(id: $id) {\n      payableBalance {\n        amount\n        currency\n      }\n      earnings {\n        totalCount\n        nodes {\n          reference\n          amount {\n            amount\n          }\n          revenue {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.PayoutRunStory_GraceViewDocument,
    "\n  query PayoutRunStory_KatherineView($id: ID!) {\n    writer(id: $id) {\n      payableBalance {\n        amount\n      }\n      payoutItems {\n        nodes {\n          status\n          runId\n          amount {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.PayoutRunStory_KatherineViewDocument,
    "\n  query PayoutSchedule_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id, first: 1) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        details\n      }\n    }\n  }\n": typeof types.PayoutSchedule_AuditTrailDocument,
    "\n  query PayoutSchedule_TopUpCount {\n    topUps {\n      totalCount\n    }\n  }\n": typeof types.PayoutSchedule_TopUpCountDocument,
    "\n  mutation PayoutWebhooks_SyncWriter($id: ID!) {\n    syncWriter(id: $id) {\n      id\n    }\n  }\n": typeof types.PayoutWebhooks_SyncWriterDocument,
    "\n  query PayoutsStory_Overview($id: ID!) {\n    payouts(status: FAILED, first: 50) {\n      totalCount\n      nodes {\n        stripePayoutId\n        writer {\n          id\n        }\n      }\n    }\n    auditTrail(subjectId: $id, first: 20) {\n      nodes {\n        action\n        amount {\n          amount\n        }\n        details\n      }\n    }\n  }\n": typeof types.PayoutsStory_OverviewDocument,
    "\n  query Postgres_MoneyActivity {\n    moneyActivity(currency: \"usd\", days: 2) {\n      date\n      toppedUp {\n        amount\n      }\n      transferred {\n        amount\n      }\n    }\n  }\n": typeof types.Postgres_MoneyActivityDocument,
    "\n  mutation Postgres_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.Postgres_SignUpDocument,
    "\n  subscription Redis_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n      requirementsDue\n      canReceiveTransfers\n      createdAt\n    }\n  }\n": typeof types.Redis_StatusChangedDocument,
    "\n  subscription Redis_WriterStatusChanged($id: ID) {\n    onboardingStatusChanged(writerId: $id) {\n      id\n    }\n  }\n": typeof types.Redis_WriterStatusChangedDocument,
    "\n  mutation Redis_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": typeof types.Redis_LogInDocument,
    "\n  mutation Redis_LogOut {\n    logOut\n  }\n": typeof types.Redis_LogOutDocument,
};
const documents: Documents = {
    "\n  mutation EarningsImport_Record($input: RecordEarningsInput!) {\n    recordEarnings(input: $input) {\n      id\n      reference\n      amount {\n        amount\n      }\n    }\n  }\n": types.EarningsImport_RecordDocument,
    "\n  query EarningsImport_Count($id: ID!) {\n    writer(id: $id) {\n      earnings {\n        totalCount\n      }\n    }\n  }\n": types.EarningsImport_CountDocument,
    "\n  mutation Kit_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        id\n        writer {\n          id\n          stripeAccountId\n          onboardingStatus\n        }\n      }\n    }\n  }\n": types.Kit_SignUpDocument,
    "\n  mutation Kit_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": types.Kit_LogInDocument,
    "\n  mutation Kit_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": types.Kit_EnrollTwoFactorDocument,
    "\n  mutation Kit_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n    }\n  }\n": types.Kit_ConfirmTwoFactorDocument,
    "\n  query Kit_WriterStatus($id: ID!) {\n    writer(id: $id) {\n      onboardingStatus\n      stripeAccountId\n      requirementsDue\n    }\n  }\n": types.Kit_WriterStatusDocument,
    "\n  mutation Kit_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      id\n      url\n      type\n      expiresAt\n    }\n  }\n": types.Kit_CreateOnboardingLinkDocument,
    "\n  mutation Kit_InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      token\n    }\n  }\n": types.Kit_InviteTeamMemberDocument,
    "\n  mutation Kit_AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      token\n      viewer {\n        id\n      }\n    }\n  }\n": types.Kit_AcceptTeamInviteDocument,
    "\n  mutation Kit_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": types.Kit_CreateApiKeyDocument,
    "\n  subscription Kit_Heartbeat {\n    heartbeat\n  }\n": types.Kit_HeartbeatDocument,
    "\n  fragment Kit_Transfer on Transfer {\n    id\n    stripeTransferId\n    writerId\n    status\n    idempotencyKey\n    transferGroup\n    description\n    failureCode\n    failureMessage\n    createdAt\n    nextStates\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      currency\n      formatted\n    }\n    reversibleAmount {\n      amount\n    }\n    reversals {\n      id\n      stripeReversalId\n      status\n      reason\n      amount {\n        amount\n        currency\n      }\n      createdBy {\n        displayName\n      }\n    }\n    writer {\n      id\n      stripeAccountId\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.Kit_TransferFragmentDoc,
    "\n  fragment Kit_TopUp on TopUp {\n    id\n    stripeTopUpId\n    status\n    description\n    statementDescriptor\n    expectedAvailabilityDate\n    failureCode\n    idempotencyKey\n    cancelable\n    nextStates\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.Kit_TopUpFragmentDoc,
    "\n  mutation Kit_CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      ...Kit_Transfer\n    }\n  }\n": types.Kit_CreateTransferDocument,
    "\n  mutation Kit_ReverseTransfer($input: ReverseTransferInput!) {\n    reverseTransfer(input: $input) {\n      ...Kit_Transfer\n    }\n  }\n": types.Kit_ReverseTransferDocument,
    "\n  mutation Kit_CreateTopUp($input: CreateTopUpInput!) {\n    createTopUp(input: $input) {\n      ...Kit_TopUp\n    }\n  }\n": types.Kit_CreateTopUpDocument,
    "\n  mutation Kit_CancelTopUp($id: ID!) {\n    cancelTopUp(id: $id) {\n      ...Kit_TopUp\n    }\n  }\n": types.Kit_CancelTopUpDocument,
    "\n  query Kit_Transfer($id: ID!) {\n    transfer(id: $id) {\n      ...Kit_Transfer\n    }\n  }\n": types.Kit_TransferDocument,
    "\n  subscription Kit_TopUpUpdated {\n    topUpUpdated {\n      ...Kit_TopUp\n    }\n  }\n": types.Kit_TopUpUpdatedDocument,
    "\n  subscription Kit_TransferUpdated($writerId: ID) {\n    transferUpdated(writerId: $writerId) {\n      ...Kit_Transfer\n    }\n  }\n": types.Kit_TransferUpdatedDocument,
    "\n  query Kit_PlatformBalance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n      payoutSchedule {\n        interval\n        delayDays\n      }\n      warning\n    }\n  }\n": types.Kit_PlatformBalanceDocument,
    "\n  query Kit_TopUpStatuses {\n    topUps(first: 100) {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.Kit_TopUpStatusesDocument,
    "\n  query Kit_MoneyFootprint {\n    transfers(first: 100) {\n      totalCount\n    }\n    topUps(first: 100) {\n      totalCount\n    }\n    auditTrail(first: 100) {\n      totalCount\n    }\n  }\n": types.Kit_MoneyFootprintDocument,
    "\n  mutation Kit_CreateOAuthLink($id: ID!) {\n    createOAuthLink(writerId: $id) {\n      url\n      state\n      expiresAt\n    }\n  }\n": types.Kit_CreateOAuthLinkDocument,
    "\n  query Kit_WriterAccount($id: ID!) {\n    writer(id: $id) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      deauthorized\n      canReceiveTransfers\n    }\n  }\n": types.Kit_WriterAccountDocument,
    "\n  fragment Kit_Payment on Payment {\n    id\n    writerId\n    status\n    description\n    stripeCheckoutSessionId\n    stripePaymentIntentId\n    stripeChargeId\n    stripeTransferId\n    stripeApplicationFeeId\n    failureMessage\n    idempotencyKey\n    paidAt\n    createdAt\n    updatedAt\n    nextStates\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      amount\n      currency\n    }\n    writerShare {\n      amount\n    }\n    amountRefunded {\n      amount\n    }\n    refundableAmount {\n      amount\n    }\n    writer {\n      id\n      stripeAccountId\n    }\n    refunds {\n      id\n      stripeRefundId\n      status\n      reason\n      reverseTransfer\n      refundApplicationFee\n      amount {\n        amount\n      }\n    }\n    disputes {\n      id\n      stripeDisputeId\n      status\n      reason\n      needsResponse\n      evidenceDueBy\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.Kit_PaymentFragmentDoc,
    "\n  mutation Kit_CreateCheckoutSession($input: CreateCheckoutSessionInput!) {\n    createCheckoutSession(input: $input) {\n      id\n      url\n      expiresAt\n      payment {\n        ...Kit_Payment\n      }\n    }\n  }\n": types.Kit_CreateCheckoutSessionDocument,
    "\n  mutation Kit_RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...Kit_Payment\n    }\n  }\n": types.Kit_RefundPaymentDocument,
    "\n  query Kit_Payment($id: ID!) {\n    payment(id: $id) {\n      ...Kit_Payment\n    }\n  }\n": types.Kit_PaymentDocument,
    "\n  subscription Kit_PaymentUpdated($writerId: ID) {\n    paymentUpdated(writerId: $writerId) {\n      ...Kit_Payment\n    }\n  }\n": types.Kit_PaymentUpdatedDocument,
    "\n  fragment Kit_PayoutRun on PayoutRun {\n    id\n    status\n    currency\n    description\n    itemCount\n    heldCount\n    nextStates\n    createdAt\n    approvedAt\n    completedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n    }\n    shortfall {\n      amount\n      formatted\n    }\n    minimumAmount {\n      amount\n    }\n    createdBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    executedBy {\n      id\n      displayName\n    }\n    progress {\n      itemsDone\n      itemsTotal\n      itemsFailed\n      amountSent {\n        amount\n      }\n    }\n  }\n": types.Kit_PayoutRunFragmentDoc,
    "\n  fragment Kit_PayoutItem on PayoutItem {\n    id\n    writerId\n    status\n    heldReason\n    failureMessage\n    transferId\n    amount {\n      amount\n      currency\n    }\n    writer {\n      id\n      email\n    }\n    transfer {\n      id\n      status\n      transferGroup\n      stripeTransferId\n    }\n  }\n": types.Kit_PayoutItemFragmentDoc,
    "\n  mutation Kit_ImportEarnings($input: ImportEarningsInput!) {\n    importEarnings(input: $input) {\n      id\n      dryRun\n      rowsTotal\n      rowsAccepted\n      rowsAlreadyRecorded\n      totalAmount {\n        amount\n        currency\n      }\n      rejected {\n        row\n        reason\n      }\n    }\n  }\n": types.Kit_ImportEarningsDocument,
    "\n  mutation Kit_CreatePayoutRun($input: CreatePayoutRunInput!) {\n    createPayoutRun(input: $input) {\n      ...Kit_PayoutRun\n    }\n  }\n": types.Kit_CreatePayoutRunDocument,
    "\n  mutation Kit_ApprovePayoutRun($id: ID!) {\n    approvePayoutRun(id: $id) {\n      ...Kit_PayoutRun\n    }\n  }\n": types.Kit_ApprovePayoutRunDocument,
    "\n  mutation Kit_ExecutePayoutRun($id: ID!) {\n    executePayoutRun(id: $id) {\n      ...Kit_PayoutRun\n    }\n  }\n": types.Kit_ExecutePayoutRunDocument,
    "\n  query Kit_PayoutRun($id: ID!, $first: Int, $status: PayoutItemStatus) {\n    payoutRun(id: $id) {\n      ...Kit_PayoutRun\n      items(first: $first, status: $status) {\n        totalCount\n        nodes {\n          ...Kit_PayoutItem\n        }\n      }\n    }\n  }\n": types.Kit_PayoutRunDocument,
    "\n  query Kit_LedgerBalances {\n    ledgerBalances {\n      account\n      currency\n      balance {\n        amount\n      }\n    }\n  }\n": types.Kit_LedgerBalancesDocument,
    "\n  mutation Kit_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      stripeAccountId\n    }\n  }\n": types.Kit_CreateWriterDocument,
    "\n  mutation Kit_SyncWriter($id: ID!) {\n    syncWriter(id: $id) {\n      onboardingStatus\n    }\n  }\n": types.Kit_SyncWriterDocument,
    "\n  fragment Kit_Payout on Payout {\n    id\n    stripePayoutId\n    status\n    arrivalDate\n    failureCode\n    failureMessage\n    bankLast4\n    automatic\n    whatToDo\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n  }\n": types.Kit_PayoutFragmentDoc,
    "\n  query Kit_WriterPayouts($id: ID!) {\n    writer(id: $id) {\n      id\n      balance {\n        available {\n          amount\n          currency\n        }\n        pending {\n          amount\n          currency\n        }\n      }\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n      payouts(first: 50) {\n        totalCount\n        nodes {\n          ...Kit_Payout\n        }\n      }\n    }\n  }\n": types.Kit_WriterPayoutsDocument,
    "\n  subscription Kit_PayoutUpdated($id: ID!) {\n    payoutUpdated(writerId: $id) {\n      ...Kit_Payout\n    }\n  }\n": types.Kit_PayoutUpdatedDocument,
    "\n  mutation Kit_UpdatePayoutSchedule($input: UpdatePayoutScheduleInput!) {\n    updatePayoutSchedule(input: $input) {\n      id\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n    }\n  }\n": types.Kit_UpdatePayoutScheduleDocument,
    "\n  query MoneyActivity_Days($currency: String!, $days: Int, $timeZone: String) {\n    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {\n      date\n      toppedUp {\n        amount\n        currency\n        formatted\n      }\n      transferred {\n        amount\n      }\n      reversed {\n        amount\n      }\n    }\n  }\n": types.MoneyActivity_DaysDocument,
    "\n  query MoneyProperty_Reversible($id: ID!) {\n    transfer(id: $id) {\n      status\n      reversibleAmount {\n        amount\n      }\n    }\n  }\n": types.MoneyProperty_ReversibleDocument,
    "\n  query MoneyProperty_Reversed($id: ID!) {\n    transfer(id: $id) {\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n": types.MoneyProperty_ReversedDocument,
    "\n  query MoneyProperty_Transfers($after: String) {\n    transfers(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        idempotencyKey\n        transferGroup\n        stripeTransferId\n        amount {\n          amount\n        }\n        amountReversed {\n          amount\n        }\n        reversals {\n          status\n          amount {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.MoneyProperty_TransfersDocument,
    "\n  subscription MoneyStory_WriterTransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n": types.MoneyStory_WriterTransferUpdatedDocument,
    "\n  query MoneyStory_OwnTransfers($id: ID!) {\n    writer(id: $id) {\n      transfers {\n        totalCount\n        nodes {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.MoneyStory_OwnTransfersDocument,
    "\n  query MoneyStory_AuditTrail($id: ID!) {\n    auditTrail(first: 20, subjectId: $id) {\n      nodes {\n        action\n        actor {\n          displayName\n        }\n        amount {\n          amount\n        }\n      }\n    }\n  }\n": types.MoneyStory_AuditTrailDocument,
    "\n  query MoneyStory_FailedTopUps {\n    topUps(first: 5, status: FAILED) {\n      nodes {\n        id\n        failureCode\n      }\n    }\n  }\n": types.MoneyStory_FailedTopUpsDocument,
    "\n  mutation OAuthDisconnect_Disconnect($id: ID!) {\n    disconnectStripeAccount(writerId: $id) {\n      id\n      deauthorized\n      onboardingStatus\n      canReceiveTransfers\n      accountConnection\n    }\n  }\n": types.OAuthDisconnect_DisconnectDocument,
    "\n  query OAuthDisconnect_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        details\n      }\n    }\n  }\n": types.OAuthDisconnect_AuditTrailDocument,
    "\n  subscription OAuthStory_StatusChanged($writerId: ID) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n    }\n  }\n": types.OAuthStory_StatusChangedDocument,
    "\n  query OAuthStory_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        details\n        actor {\n          id\n        }\n      }\n    }\n  }\n": types.OAuthStory_AuditTrailDocument,
    "\n  mutation OAuthStory_LogOut {\n    logOut\n  }\n": types.OAuthStory_LogOutDocument,
    "\n  mutation DashboardLink_CreateDashboardLink($id: ID!) {\n    createDashboardLink(writerId: $id) {\n      url\n      createdAt\n    }\n  }\n": types.DashboardLink_CreateDashboardLinkDocument,
    "\n  query OnboardingStory_Links($id: ID!) {\n    writer(id: $id) {\n      onboardingLinks {\n        id\n        type\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.OnboardingStory_LinksDocument,
    "\n  subscription OnboardingStory_StatusChanged($writerId: ID) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      onboardingStatus\n      requirementsDue\n    }\n  }\n": types.OnboardingStory_StatusChangedDocument,
    "\n  mutation SignIn_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.SignIn_SignUpDocument,
    "\n  mutation SignIn_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      viewer {\n        role\n        twoFactorEnabled\n        twoFactorVerified\n      }\n    }\n  }\n": types.SignIn_LogInDocument,
    "\n  query SignIn_Viewer {\n    viewer {\n      id\n      email\n      role\n      writer {\n        id\n      }\n    }\n  }\n": types.SignIn_ViewerDocument,
    "\n  mutation SignIn_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      url\n    }\n  }\n": types.SignIn_CreateOnboardingLinkDocument,
    "\n  query SignIn_WritersMatching($search: String) {\n    writers(search: $search) {\n      totalCount\n    }\n  }\n": types.SignIn_WritersMatchingDocument,
    "\n  query SignIn_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n    }\n  }\n": types.SignIn_WriterDocument,
    "\n  query SignIn_WriterCount {\n    writers {\n      totalCount\n    }\n  }\n": types.SignIn_WriterCountDocument,
    "\n  mutation SignIn_EnrollSecret {\n    enrollTwoFactor {\n      secret\n    }\n  }\n": types.SignIn_EnrollSecretDocument,
    "\n  mutation SignIn_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": types.SignIn_EnrollTwoFactorDocument,
    "\n  mutation SignIn_ConfirmWrongCode {\n    confirmTwoFactor(otp: \"000000\") {\n      token\n    }\n  }\n": types.SignIn_ConfirmWrongCodeDocument,
    "\n  mutation SignIn_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      viewer {\n        twoFactorEnabled\n        twoFactorVerified\n      }\n    }\n  }\n": types.SignIn_ConfirmTwoFactorDocument,
    "\n  mutation WriterInput_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        displayName\n        writer {\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.WriterInput_SignUpDocument,
    "\n  mutation WriterInput_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      displayName\n      email\n      country\n    }\n  }\n": types.WriterInput_CreateWriterDocument,
    "\n  query WriterInput_Search($search: String) {\n    writers(search: $search, first: 100) {\n      nodes {\n        displayName\n      }\n    }\n  }\n": types.WriterInput_SearchDocument,
    "\n  query WriterInput_Writers {\n    writers {\n      totalCount\n    }\n  }\n": types.WriterInput_WritersDocument,
    "\n  mutation WriterInvite_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      signedUp\n      stripeAccountId\n    }\n  }\n": types.WriterInvite_CreateWriterDocument,
    "\n  mutation WriterInvite_Invite($id: ID!) {\n    inviteWriter(writerId: $id) {\n      token\n      url\n      expiresAt\n    }\n  }\n": types.WriterInvite_InviteDocument,
    "\n  mutation WriterInvite_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        role\n        writer {\n          id\n          email\n          signedUp\n          stripeAccountId\n        }\n      }\n    }\n  }\n": types.WriterInvite_SignUpDocument,
    "\n  query WriterInvite_SignedUp($id: ID!) {\n    writer(id: $id) {\n      signedUp\n    }\n  }\n": types.WriterInvite_SignedUpDocument,
    "\n  query WriterInvite_AuditTrail($id: ID) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        subjectType\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n": types.WriterInvite_AuditTrailDocument,
    "\n  query CheckoutOutcomes_AuditActions($id: ID) {\n    auditTrail(first: 100, subjectId: $id) {\n      nodes {\n        action\n      }\n    }\n  }\n": types.CheckoutOutcomes_AuditActionsDocument,
    "\n  subscription CheckoutOutcomes_PaymentUpdated {\n    paymentUpdated {\n      id\n      status\n      disputes {\n        stripeDisputeId\n        status\n        reason\n        needsResponse\n        evidenceDueBy\n        amount {\n          amount\n        }\n      }\n    }\n  }\n": types.CheckoutOutcomes_PaymentUpdatedDocument,
    "\n  query CheckoutOutcomes_Disputes {\n    disputesNeedingResponse {\n      stripeDisputeId\n      evidenceDueBy\n    }\n  }\n": types.CheckoutOutcomes_DisputesDocument,
    "\n  query CheckoutStory_OwnPayments {\n    payments {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.CheckoutStory_OwnPaymentsDocument,
    "\n  query CheckoutStory_PaymentCount {\n    payments {\n      totalCount\n    }\n  }\n": types.CheckoutStory_PaymentCountDocument,
    "\n  query CheckoutStory_Payment($id: ID!) {\n    payment(id: $id) {\n      id\n    }\n  }\n": types.CheckoutStory_PaymentDocument,
    "\n  query Ledger_WriterBalances($id: ID) {\n    ledgerBalances(writerId: $id) {\n      account\n      balance {\n        amount\n      }\n    }\n  }\n": types.Ledger_WriterBalancesDocument,
    "\n  query PayoutRunStory_GraceView($id: ID!) {\n    writer(id: $id) {\n      payableBalance {\n        amount\n        currency\n      }\n      earnings {\n        totalCount\n        nodes {\n          reference\n          amount {\n            amount\n          }\n          revenue {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.PayoutRunStory_GraceViewDocument,
    "\n  query PayoutRunStory_KatherineView($id: ID!) {\n    writer(id: $id) {\n      payableBalance {\n        amount\n      }\n      payoutItems {\n        nodes {\n          status\n          runId\n          amount {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.PayoutRunStory_KatherineViewDocument,
    "\n  query PayoutSchedule_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id, first: 1) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        details\n      }\n    }\n  }\n": types.PayoutSchedule_AuditTrailDocument,
    "\n  query PayoutSchedule_TopUpCount {\n    topUps {\n      totalCount\n    }\n  }\n": types.PayoutSchedule_TopUpCountDocument,
    "\n  mutation PayoutWebhooks_SyncWriter($id: ID!) {\n    syncWriter(id: $id) {\n      id\n    }\n  }\n": types.PayoutWebhooks_SyncWriterDocument,
    "\n  query PayoutsStory_Overview($id: ID!) {\n    payouts(status: FAILED, first: 50) {\n      totalCount\n      nodes {\n        stripePayoutId\n        writer {\n          id\n        }\n      }\n    }\n    auditTrail(subjectId: $id, first: 20) {\n      nodes {\n        action\n        amount {\n          amount\n        }\n        details\n      }\n    }\n  }\n": types.PayoutsStory_OverviewDocument,
    "\n  query Postgres_MoneyActivity {\n    moneyActivity(currency: \"usd\", days: 2) {\n      date\n      toppedUp {\n        amount\n      }\n      transferred {\n        amount\n      }\n    }\n  }\n": types.Postgres_MoneyActivityDocument,
    "\n  mutation Postgres_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.Postgres_SignUpDocument,
    "\n  subscription Redis_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n      requirementsDue\n      canReceiveTransfers\n      createdAt\n    }\n  }\n": types.Redis_StatusChangedDocument,
    "\n  subscription Redis_WriterStatusChanged($id: ID) {\n    onboardingStatusChanged(writerId: $id) {\n      id\n    }\n  }\n": types.Redis_WriterStatusChangedDocument,
    "\n  mutation Redis_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": types.Redis_LogInDocument,
    "\n  mutation Redis_LogOut {\n    logOut\n  }\n": types.Redis_LogOutDocument,
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
export function graphql(source: "\n  mutation EarningsImport_Record($input: RecordEarningsInput!) {\n    recordEarnings(input: $input) {\n      id\n      reference\n      amount {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EarningsImport_Record($input: RecordEarningsInput!) {\n    recordEarnings(input: $input) {\n      id\n      reference\n      amount {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarningsImport_Count($id: ID!) {\n    writer(id: $id) {\n      earnings {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query EarningsImport_Count($id: ID!) {\n    writer(id: $id) {\n      earnings {\n        totalCount\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation Kit_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Kit_Heartbeat {\n    heartbeat\n  }\n"): (typeof documents)["\n  subscription Kit_Heartbeat {\n    heartbeat\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Kit_Transfer on Transfer {\n    id\n    stripeTransferId\n    writerId\n    status\n    idempotencyKey\n    transferGroup\n    description\n    failureCode\n    failureMessage\n    createdAt\n    nextStates\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      currency\n      formatted\n    }\n    reversibleAmount {\n      amount\n    }\n    reversals {\n      id\n      stripeReversalId\n      status\n      reason\n      amount {\n        amount\n        currency\n      }\n      createdBy {\n        displayName\n      }\n    }\n    writer {\n      id\n      stripeAccountId\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment Kit_Transfer on Transfer {\n    id\n    stripeTransferId\n    writerId\n    status\n    idempotencyKey\n    transferGroup\n    description\n    failureCode\n    failureMessage\n    createdAt\n    nextStates\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      currency\n      formatted\n    }\n    reversibleAmount {\n      amount\n    }\n    reversals {\n      id\n      stripeReversalId\n      status\n      reason\n      amount {\n        amount\n        currency\n      }\n      createdBy {\n        displayName\n      }\n    }\n    writer {\n      id\n      stripeAccountId\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Kit_TopUp on TopUp {\n    id\n    stripeTopUpId\n    status\n    description\n    statementDescriptor\n    expectedAvailabilityDate\n    failureCode\n    idempotencyKey\n    cancelable\n    nextStates\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment Kit_TopUp on TopUp {\n    id\n    stripeTopUpId\n    status\n    description\n    statementDescriptor\n    expectedAvailabilityDate\n    failureCode\n    idempotencyKey\n    cancelable\n    nextStates\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      ...Kit_Transfer\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      ...Kit_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_ReverseTransfer($input: ReverseTransferInput!) {\n    reverseTransfer(input: $input) {\n      ...Kit_Transfer\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_ReverseTransfer($input: ReverseTransferInput!) {\n    reverseTransfer(input: $input) {\n      ...Kit_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_CreateTopUp($input: CreateTopUpInput!) {\n    createTopUp(input: $input) {\n      ...Kit_TopUp\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CreateTopUp($input: CreateTopUpInput!) {\n    createTopUp(input: $input) {\n      ...Kit_TopUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_CancelTopUp($id: ID!) {\n    cancelTopUp(id: $id) {\n      ...Kit_TopUp\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CancelTopUp($id: ID!) {\n    cancelTopUp(id: $id) {\n      ...Kit_TopUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_Transfer($id: ID!) {\n    transfer(id: $id) {\n      ...Kit_Transfer\n    }\n  }\n"): (typeof documents)["\n  query Kit_Transfer($id: ID!) {\n    transfer(id: $id) {\n      ...Kit_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Kit_TopUpUpdated {\n    topUpUpdated {\n      ...Kit_TopUp\n    }\n  }\n"): (typeof documents)["\n  subscription Kit_TopUpUpdated {\n    topUpUpdated {\n      ...Kit_TopUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Kit_TransferUpdated($writerId: ID) {\n    transferUpdated(writerId: $writerId) {\n      ...Kit_Transfer\n    }\n  }\n"): (typeof documents)["\n  subscription Kit_TransferUpdated($writerId: ID) {\n    transferUpdated(writerId: $writerId) {\n      ...Kit_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_PlatformBalance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n      payoutSchedule {\n        interval\n        delayDays\n      }\n      warning\n    }\n  }\n"): (typeof documents)["\n  query Kit_PlatformBalance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n      payoutSchedule {\n        interval\n        delayDays\n      }\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_TopUpStatuses {\n    topUps(first: 100) {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Kit_TopUpStatuses {\n    topUps(first: 100) {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_MoneyFootprint {\n    transfers(first: 100) {\n      totalCount\n    }\n    topUps(first: 100) {\n      totalCount\n    }\n    auditTrail(first: 100) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Kit_MoneyFootprint {\n    transfers(first: 100) {\n      totalCount\n    }\n    topUps(first: 100) {\n      totalCount\n    }\n    auditTrail(first: 100) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_CreateOAuthLink($id: ID!) {\n    createOAuthLink(writerId: $id) {\n      url\n      state\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CreateOAuthLink($id: ID!) {\n    createOAuthLink(writerId: $id) {\n      url\n      state\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_WriterAccount($id: ID!) {\n    writer(id: $id) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      deauthorized\n      canReceiveTransfers\n    }\n  }\n"): (typeof documents)["\n  query Kit_WriterAccount($id: ID!) {\n    writer(id: $id) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      deauthorized\n      canReceiveTransfers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Kit_Payment on Payment {\n    id\n    writerId\n    status\n    description\n    stripeCheckoutSessionId\n    stripePaymentIntentId\n    stripeChargeId\n    stripeTransferId\n    stripeApplicationFeeId\n    failureMessage\n    idempotencyKey\n    paidAt\n    createdAt\n    updatedAt\n    nextStates\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      amount\n      currency\n    }\n    writerShare {\n      amount\n    }\n    amountRefunded {\n      amount\n    }\n    refundableAmount {\n      amount\n    }\n    writer {\n      id\n      stripeAccountId\n    }\n    refunds {\n      id\n      stripeRefundId\n      status\n      reason\n      reverseTransfer\n      refundApplicationFee\n      amount {\n        amount\n      }\n    }\n    disputes {\n      id\n      stripeDisputeId\n      status\n      reason\n      needsResponse\n      evidenceDueBy\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Kit_Payment on Payment {\n    id\n    writerId\n    status\n    description\n    stripeCheckoutSessionId\n    stripePaymentIntentId\n    stripeChargeId\n    stripeTransferId\n    stripeApplicationFeeId\n    failureMessage\n    idempotencyKey\n    paidAt\n    createdAt\n    updatedAt\n    nextStates\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      amount\n      currency\n    }\n    writerShare {\n      amount\n    }\n    amountRefunded {\n      amount\n    }\n    refundableAmount {\n      amount\n    }\n    writer {\n      id\n      stripeAccountId\n    }\n    refunds {\n      id\n      stripeRefundId\n      status\n      reason\n      reverseTransfer\n      refundApplicationFee\n      amount {\n        amount\n      }\n    }\n    disputes {\n      id\n      stripeDisputeId\n      status\n      reason\n      needsResponse\n      evidenceDueBy\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_CreateCheckoutSession($input: CreateCheckoutSessionInput!) {\n    createCheckoutSession(input: $input) {\n      id\n      url\n      expiresAt\n      payment {\n        ...Kit_Payment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CreateCheckoutSession($input: CreateCheckoutSessionInput!) {\n    createCheckoutSession(input: $input) {\n      id\n      url\n      expiresAt\n      payment {\n        ...Kit_Payment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...Kit_Payment\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...Kit_Payment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_Payment($id: ID!) {\n    payment(id: $id) {\n      ...Kit_Payment\n    }\n  }\n"): (typeof documents)["\n  query Kit_Payment($id: ID!) {\n    payment(id: $id) {\n      ...Kit_Payment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Kit_PaymentUpdated($writerId: ID) {\n    paymentUpdated(writerId: $writerId) {\n      ...Kit_Payment\n    }\n  }\n"): (typeof documents)["\n  subscription Kit_PaymentUpdated($writerId: ID) {\n    paymentUpdated(writerId: $writerId) {\n      ...Kit_Payment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Kit_PayoutRun on PayoutRun {\n    id\n    status\n    currency\n    description\n    itemCount\n    heldCount\n    nextStates\n    createdAt\n    approvedAt\n    completedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n    }\n    shortfall {\n      amount\n      formatted\n    }\n    minimumAmount {\n      amount\n    }\n    createdBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    executedBy {\n      id\n      displayName\n    }\n    progress {\n      itemsDone\n      itemsTotal\n      itemsFailed\n      amountSent {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Kit_PayoutRun on PayoutRun {\n    id\n    status\n    currency\n    description\n    itemCount\n    heldCount\n    nextStates\n    createdAt\n    approvedAt\n    completedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n    }\n    shortfall {\n      amount\n      formatted\n    }\n    minimumAmount {\n      amount\n    }\n    createdBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    executedBy {\n      id\n      displayName\n    }\n    progress {\n      itemsDone\n      itemsTotal\n      itemsFailed\n      amountSent {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Kit_PayoutItem on PayoutItem {\n    id\n    writerId\n    status\n    heldReason\n    failureMessage\n    transferId\n    amount {\n      amount\n      currency\n    }\n    writer {\n      id\n      email\n    }\n    transfer {\n      id\n      status\n      transferGroup\n      stripeTransferId\n    }\n  }\n"): (typeof documents)["\n  fragment Kit_PayoutItem on PayoutItem {\n    id\n    writerId\n    status\n    heldReason\n    failureMessage\n    transferId\n    amount {\n      amount\n      currency\n    }\n    writer {\n      id\n      email\n    }\n    transfer {\n      id\n      status\n      transferGroup\n      stripeTransferId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_ImportEarnings($input: ImportEarningsInput!) {\n    importEarnings(input: $input) {\n      id\n      dryRun\n      rowsTotal\n      rowsAccepted\n      rowsAlreadyRecorded\n      totalAmount {\n        amount\n        currency\n      }\n      rejected {\n        row\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_ImportEarnings($input: ImportEarningsInput!) {\n    importEarnings(input: $input) {\n      id\n      dryRun\n      rowsTotal\n      rowsAccepted\n      rowsAlreadyRecorded\n      totalAmount {\n        amount\n        currency\n      }\n      rejected {\n        row\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_CreatePayoutRun($input: CreatePayoutRunInput!) {\n    createPayoutRun(input: $input) {\n      ...Kit_PayoutRun\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CreatePayoutRun($input: CreatePayoutRunInput!) {\n    createPayoutRun(input: $input) {\n      ...Kit_PayoutRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_ApprovePayoutRun($id: ID!) {\n    approvePayoutRun(id: $id) {\n      ...Kit_PayoutRun\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_ApprovePayoutRun($id: ID!) {\n    approvePayoutRun(id: $id) {\n      ...Kit_PayoutRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_ExecutePayoutRun($id: ID!) {\n    executePayoutRun(id: $id) {\n      ...Kit_PayoutRun\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_ExecutePayoutRun($id: ID!) {\n    executePayoutRun(id: $id) {\n      ...Kit_PayoutRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_PayoutRun($id: ID!, $first: Int, $status: PayoutItemStatus) {\n    payoutRun(id: $id) {\n      ...Kit_PayoutRun\n      items(first: $first, status: $status) {\n        totalCount\n        nodes {\n          ...Kit_PayoutItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Kit_PayoutRun($id: ID!, $first: Int, $status: PayoutItemStatus) {\n    payoutRun(id: $id) {\n      ...Kit_PayoutRun\n      items(first: $first, status: $status) {\n        totalCount\n        nodes {\n          ...Kit_PayoutItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_LedgerBalances {\n    ledgerBalances {\n      account\n      currency\n      balance {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Kit_LedgerBalances {\n    ledgerBalances {\n      account\n      currency\n      balance {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      stripeAccountId\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      stripeAccountId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_SyncWriter($id: ID!) {\n    syncWriter(id: $id) {\n      onboardingStatus\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_SyncWriter($id: ID!) {\n    syncWriter(id: $id) {\n      onboardingStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Kit_Payout on Payout {\n    id\n    stripePayoutId\n    status\n    arrivalDate\n    failureCode\n    failureMessage\n    bankLast4\n    automatic\n    whatToDo\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n  }\n"): (typeof documents)["\n  fragment Kit_Payout on Payout {\n    id\n    stripePayoutId\n    status\n    arrivalDate\n    failureCode\n    failureMessage\n    bankLast4\n    automatic\n    whatToDo\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit_WriterPayouts($id: ID!) {\n    writer(id: $id) {\n      id\n      balance {\n        available {\n          amount\n          currency\n        }\n        pending {\n          amount\n          currency\n        }\n      }\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n      payouts(first: 50) {\n        totalCount\n        nodes {\n          ...Kit_Payout\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Kit_WriterPayouts($id: ID!) {\n    writer(id: $id) {\n      id\n      balance {\n        available {\n          amount\n          currency\n        }\n        pending {\n          amount\n          currency\n        }\n      }\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n      payouts(first: 50) {\n        totalCount\n        nodes {\n          ...Kit_Payout\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Kit_PayoutUpdated($id: ID!) {\n    payoutUpdated(writerId: $id) {\n      ...Kit_Payout\n    }\n  }\n"): (typeof documents)["\n  subscription Kit_PayoutUpdated($id: ID!) {\n    payoutUpdated(writerId: $id) {\n      ...Kit_Payout\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Kit_UpdatePayoutSchedule($input: UpdatePayoutScheduleInput!) {\n    updatePayoutSchedule(input: $input) {\n      id\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Kit_UpdatePayoutSchedule($input: UpdatePayoutScheduleInput!) {\n    updatePayoutSchedule(input: $input) {\n      id\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyActivity_Days($currency: String!, $days: Int, $timeZone: String) {\n    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {\n      date\n      toppedUp {\n        amount\n        currency\n        formatted\n      }\n      transferred {\n        amount\n      }\n      reversed {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyActivity_Days($currency: String!, $days: Int, $timeZone: String) {\n    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {\n      date\n      toppedUp {\n        amount\n        currency\n        formatted\n      }\n      transferred {\n        amount\n      }\n      reversed {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyProperty_Reversible($id: ID!) {\n    transfer(id: $id) {\n      status\n      reversibleAmount {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyProperty_Reversible($id: ID!) {\n    transfer(id: $id) {\n      status\n      reversibleAmount {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyProperty_Reversed($id: ID!) {\n    transfer(id: $id) {\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyProperty_Reversed($id: ID!) {\n    transfer(id: $id) {\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyProperty_Transfers($after: String) {\n    transfers(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        idempotencyKey\n        transferGroup\n        stripeTransferId\n        amount {\n          amount\n        }\n        amountReversed {\n          amount\n        }\n        reversals {\n          status\n          amount {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyProperty_Transfers($after: String) {\n    transfers(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        idempotencyKey\n        transferGroup\n        stripeTransferId\n        amount {\n          amount\n        }\n        amountReversed {\n          amount\n        }\n        reversals {\n          status\n          amount {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MoneyStory_WriterTransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MoneyStory_WriterTransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyStory_OwnTransfers($id: ID!) {\n    writer(id: $id) {\n      transfers {\n        totalCount\n        nodes {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyStory_OwnTransfers($id: ID!) {\n    writer(id: $id) {\n      transfers {\n        totalCount\n        nodes {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyStory_AuditTrail($id: ID!) {\n    auditTrail(first: 20, subjectId: $id) {\n      nodes {\n        action\n        actor {\n          displayName\n        }\n        amount {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyStory_AuditTrail($id: ID!) {\n    auditTrail(first: 20, subjectId: $id) {\n      nodes {\n        action\n        actor {\n          displayName\n        }\n        amount {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyStory_FailedTopUps {\n    topUps(first: 5, status: FAILED) {\n      nodes {\n        id\n        failureCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyStory_FailedTopUps {\n    topUps(first: 5, status: FAILED) {\n      nodes {\n        id\n        failureCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OAuthDisconnect_Disconnect($id: ID!) {\n    disconnectStripeAccount(writerId: $id) {\n      id\n      deauthorized\n      onboardingStatus\n      canReceiveTransfers\n      accountConnection\n    }\n  }\n"): (typeof documents)["\n  mutation OAuthDisconnect_Disconnect($id: ID!) {\n    disconnectStripeAccount(writerId: $id) {\n      id\n      deauthorized\n      onboardingStatus\n      canReceiveTransfers\n      accountConnection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthDisconnect_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query OAuthDisconnect_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OAuthStory_StatusChanged($writerId: ID) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n    }\n  }\n"): (typeof documents)["\n  subscription OAuthStory_StatusChanged($writerId: ID) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthStory_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        details\n        actor {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OAuthStory_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        details\n        actor {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OAuthStory_LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation OAuthStory_LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardLink_CreateDashboardLink($id: ID!) {\n    createDashboardLink(writerId: $id) {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardLink_CreateDashboardLink($id: ID!) {\n    createDashboardLink(writerId: $id) {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingStory_Links($id: ID!) {\n    writer(id: $id) {\n      onboardingLinks {\n        id\n        type\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnboardingStory_Links($id: ID!) {\n    writer(id: $id) {\n      onboardingLinks {\n        id\n        type\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnboardingStory_StatusChanged($writerId: ID) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      onboardingStatus\n      requirementsDue\n    }\n  }\n"): (typeof documents)["\n  subscription OnboardingStory_StatusChanged($writerId: ID) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      onboardingStatus\n      requirementsDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      viewer {\n        role\n        twoFactorEnabled\n        twoFactorVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      viewer {\n        role\n        twoFactorEnabled\n        twoFactorVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignIn_Viewer {\n    viewer {\n      id\n      email\n      role\n      writer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignIn_Viewer {\n    viewer {\n      id\n      email\n      role\n      writer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn_CreateOnboardingLink($id: ID!) {\n    createOnboardingLink(writerId: $id) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignIn_WritersMatching($search: String) {\n    writers(search: $search) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SignIn_WritersMatching($search: String) {\n    writers(search: $search) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignIn_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SignIn_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignIn_WriterCount {\n    writers {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SignIn_WriterCount {\n    writers {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn_EnrollSecret {\n    enrollTwoFactor {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn_EnrollSecret {\n    enrollTwoFactor {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn_EnrollTwoFactor {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn_ConfirmWrongCode {\n    confirmTwoFactor(otp: \"000000\") {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn_ConfirmWrongCode {\n    confirmTwoFactor(otp: \"000000\") {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      viewer {\n        twoFactorEnabled\n        twoFactorVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn_ConfirmTwoFactor($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      viewer {\n        twoFactorEnabled\n        twoFactorVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriterInput_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        displayName\n        writer {\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WriterInput_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        displayName\n        writer {\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriterInput_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      displayName\n      email\n      country\n    }\n  }\n"): (typeof documents)["\n  mutation WriterInput_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      displayName\n      email\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriterInput_Search($search: String) {\n    writers(search: $search, first: 100) {\n      nodes {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query WriterInput_Search($search: String) {\n    writers(search: $search, first: 100) {\n      nodes {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriterInput_Writers {\n    writers {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WriterInput_Writers {\n    writers {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriterInvite_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      signedUp\n      stripeAccountId\n    }\n  }\n"): (typeof documents)["\n  mutation WriterInvite_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      signedUp\n      stripeAccountId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriterInvite_Invite($id: ID!) {\n    inviteWriter(writerId: $id) {\n      token\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation WriterInvite_Invite($id: ID!) {\n    inviteWriter(writerId: $id) {\n      token\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriterInvite_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        role\n        writer {\n          id\n          email\n          signedUp\n          stripeAccountId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WriterInvite_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      viewer {\n        role\n        writer {\n          id\n          email\n          signedUp\n          stripeAccountId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriterInvite_SignedUp($id: ID!) {\n    writer(id: $id) {\n      signedUp\n    }\n  }\n"): (typeof documents)["\n  query WriterInvite_SignedUp($id: ID!) {\n    writer(id: $id) {\n      signedUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriterInvite_AuditTrail($id: ID) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        subjectType\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WriterInvite_AuditTrail($id: ID) {\n    auditTrail(subjectId: $id) {\n      nodes {\n        action\n        subjectType\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutOutcomes_AuditActions($id: ID) {\n    auditTrail(first: 100, subjectId: $id) {\n      nodes {\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckoutOutcomes_AuditActions($id: ID) {\n    auditTrail(first: 100, subjectId: $id) {\n      nodes {\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CheckoutOutcomes_PaymentUpdated {\n    paymentUpdated {\n      id\n      status\n      disputes {\n        stripeDisputeId\n        status\n        reason\n        needsResponse\n        evidenceDueBy\n        amount {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CheckoutOutcomes_PaymentUpdated {\n    paymentUpdated {\n      id\n      status\n      disputes {\n        stripeDisputeId\n        status\n        reason\n        needsResponse\n        evidenceDueBy\n        amount {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutOutcomes_Disputes {\n    disputesNeedingResponse {\n      stripeDisputeId\n      evidenceDueBy\n    }\n  }\n"): (typeof documents)["\n  query CheckoutOutcomes_Disputes {\n    disputesNeedingResponse {\n      stripeDisputeId\n      evidenceDueBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutStory_OwnPayments {\n    payments {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckoutStory_OwnPayments {\n    payments {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutStory_PaymentCount {\n    payments {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CheckoutStory_PaymentCount {\n    payments {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutStory_Payment($id: ID!) {\n    payment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CheckoutStory_Payment($id: ID!) {\n    payment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ledger_WriterBalances($id: ID) {\n    ledgerBalances(writerId: $id) {\n      account\n      balance {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ledger_WriterBalances($id: ID) {\n    ledgerBalances(writerId: $id) {\n      account\n      balance {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutRunStory_GraceView($id: ID!) {\n    writer(id: $id) {\n      payableBalance {\n        amount\n        currency\n      }\n      earnings {\n        totalCount\n        nodes {\n          reference\n          amount {\n            amount\n          }\n          revenue {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutRunStory_GraceView($id: ID!) {\n    writer(id: $id) {\n      payableBalance {\n        amount\n        currency\n      }\n      earnings {\n        totalCount\n        nodes {\n          reference\n          amount {\n            amount\n          }\n          revenue {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutRunStory_KatherineView($id: ID!) {\n    writer(id: $id) {\n      payableBalance {\n        amount\n      }\n      payoutItems {\n        nodes {\n          status\n          runId\n          amount {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutRunStory_KatherineView($id: ID!) {\n    writer(id: $id) {\n      payableBalance {\n        amount\n      }\n      payoutItems {\n        nodes {\n          status\n          runId\n          amount {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutSchedule_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id, first: 1) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutSchedule_AuditTrail($id: ID!) {\n    auditTrail(subjectId: $id, first: 1) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutSchedule_TopUpCount {\n    topUps {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PayoutSchedule_TopUpCount {\n    topUps {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutWebhooks_SyncWriter($id: ID!) {\n    syncWriter(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutWebhooks_SyncWriter($id: ID!) {\n    syncWriter(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutsStory_Overview($id: ID!) {\n    payouts(status: FAILED, first: 50) {\n      totalCount\n      nodes {\n        stripePayoutId\n        writer {\n          id\n        }\n      }\n    }\n    auditTrail(subjectId: $id, first: 20) {\n      nodes {\n        action\n        amount {\n          amount\n        }\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutsStory_Overview($id: ID!) {\n    payouts(status: FAILED, first: 50) {\n      totalCount\n      nodes {\n        stripePayoutId\n        writer {\n          id\n        }\n      }\n    }\n    auditTrail(subjectId: $id, first: 20) {\n      nodes {\n        action\n        amount {\n          amount\n        }\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Postgres_MoneyActivity {\n    moneyActivity(currency: \"usd\", days: 2) {\n      date\n      toppedUp {\n        amount\n      }\n      transferred {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Postgres_MoneyActivity {\n    moneyActivity(currency: \"usd\", days: 2) {\n      date\n      toppedUp {\n        amount\n      }\n      transferred {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Postgres_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Postgres_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Redis_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n      requirementsDue\n      canReceiveTransfers\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription Redis_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n      requirementsDue\n      canReceiveTransfers\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Redis_WriterStatusChanged($id: ID) {\n    onboardingStatusChanged(writerId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription Redis_WriterStatusChanged($id: ID) {\n    onboardingStatusChanged(writerId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redis_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Redis_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redis_LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation Redis_LogOut {\n    logOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;