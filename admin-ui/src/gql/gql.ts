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
    "\n  query AuditLogPage_Entries($first: Int!, $after: String) {\n    auditTrail(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        subjectType\n        subjectId\n        details\n        createdAt\n        amount {\n          formatted\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditLogPage_EntriesDocument,
    "\n  subscription AuditLogPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n    }\n  }\n": typeof types.AuditLogPage_TopUpUpdatedDocument,
    "\n  subscription AuditLogPage_TransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n": typeof types.AuditLogPage_TransferUpdatedDocument,
    "\n  query AuditSubject_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditSubject_WriterDocument,
    "\n  mutation AcceptInvite_Accept($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      ...SignIn_Session\n    }\n  }\n": typeof types.AcceptInvite_AcceptDocument,
    "\n  fragment SignIn_Session on AuthPayload {\n    token\n    expiresAt\n    viewer {\n      email\n      role\n      twoFactorEnabled\n    }\n  }\n": typeof types.SignIn_SessionFragmentDoc,
    "\n  mutation SignIn_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SignIn_Session\n    }\n  }\n": typeof types.SignIn_LogInDocument,
    "\n  mutation TwoFactorEnrolment_Enrol {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.TwoFactorEnrolment_EnrolDocument,
    "\n  mutation TwoFactorEnrolment_Confirm($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n      expiresAt\n      recoveryCodes\n      viewer {\n        email\n        role\n        twoFactorEnabled\n      }\n    }\n  }\n": typeof types.TwoFactorEnrolment_ConfirmDocument,
    "\n  mutation ImportEarningsPage_Import($input: ImportEarningsInput!) {\n    importEarnings(input: $input) {\n      id\n      dryRun\n      rowsTotal\n      rowsAccepted\n      rowsAlreadyRecorded\n      totalAmount {\n        amount\n        currency\n        formatted\n      }\n      rejected {\n        row\n        reason\n      }\n    }\n  }\n": typeof types.ImportEarningsPage_ImportDocument,
    "\n  query RevenueShareCard_Percent {\n    revenueSharePercent\n  }\n": typeof types.RevenueShareCard_PercentDocument,
    "\n  fragment WriterEarningsSection_Writer on Writer {\n    earnings(first: 10) {\n      totalCount\n      nodes {\n        id\n        reference\n        description\n        periodStart\n        periodEnd\n        createdAt\n        amount {\n          formatted\n        }\n        revenue {\n          formatted\n        }\n      }\n    }\n  }\n": typeof types.WriterEarningsSection_WriterFragmentDoc,
    "\n  subscription LiveIndicator_Heartbeat {\n    heartbeat\n  }\n": typeof types.LiveIndicator_HeartbeatDocument,
    "\n  query Shell_ServerInfo {\n    serverInfo {\n      version\n      sandbox\n    }\n  }\n": typeof types.Shell_ServerInfoDocument,
    "\n  query ActivityCard_MoneyActivity($currency: String!, $days: Int!, $timeZone: String!) {\n    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {\n      date\n      toppedUp {\n        amount\n      }\n      transferred {\n        amount\n      }\n    }\n  }\n": typeof types.ActivityCard_MoneyActivityDocument,
    "\n  query OverviewPage_Balance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n      warning\n    }\n  }\n": typeof types.OverviewPage_BalanceDocument,
    "\n  subscription OverviewPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n      failureMessage\n      updatedAt\n    }\n  }\n": typeof types.OverviewPage_TopUpUpdatedDocument,
    "\n  subscription OverviewPage_TransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n": typeof types.OverviewPage_TransferUpdatedDocument,
    "\n  query WriterStatusCard_Counts {\n    writerStatusCounts {\n      status\n      count\n    }\n  }\n": typeof types.WriterStatusCard_CountsDocument,
    "\n  subscription WriterStatusCard_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n    }\n  }\n": typeof types.WriterStatusCard_StatusChangedDocument,
    "\n  query DisputesCard_Disputes {\n    disputesNeedingResponse {\n      id\n      paymentId\n      stripeDisputeId\n      reason\n      evidenceDueBy\n      amount {\n        formatted\n      }\n    }\n  }\n": typeof types.DisputesCard_DisputesDocument,
    "\n  subscription DisputesCard_PaymentUpdated {\n    paymentUpdated {\n      id\n      updatedAt\n    }\n  }\n": typeof types.DisputesCard_PaymentUpdatedDocument,
    "\n  fragment PaymentPage_Payment on Payment {\n    id\n    status\n    description\n    stripeCheckoutSessionId\n    stripePaymentIntentId\n    stripeChargeId\n    stripeTransferId\n    stripeApplicationFeeId\n    failureMessage\n    idempotencyKey\n    paidAt\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      formatted\n    }\n    writerShare {\n      formatted\n    }\n    amountRefunded {\n      amount\n      formatted\n    }\n    refundableAmount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    refunds {\n      id\n      status\n      reason\n      reverseTransfer\n      refundApplicationFee\n      stripeRefundId\n      failureMessage\n      createdAt\n      amount {\n        formatted\n      }\n    }\n    disputes {\n      id\n      stripeDisputeId\n      status\n      reason\n      needsResponse\n      evidenceDueBy\n      createdAt\n      amount {\n        formatted\n      }\n    }\n  }\n": typeof types.PaymentPage_PaymentFragmentDoc,
    "\n  query PaymentPage_Load($id: ID!) {\n    payment(id: $id) {\n      ...PaymentPage_Payment\n    }\n  }\n": typeof types.PaymentPage_LoadDocument,
    "\n  subscription PaymentPage_PaymentUpdated {\n    paymentUpdated {\n      ...PaymentPage_Payment\n    }\n  }\n": typeof types.PaymentPage_PaymentUpdatedDocument,
    "\n  query PaymentsPage_Payments($first: Int!, $after: String, $status: PaymentStatus, $writerId: ID) {\n    payments(first: $first, after: $after, status: $status, writerId: $writerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PaymentsTable_Payment\n      }\n    }\n  }\n": typeof types.PaymentsPage_PaymentsDocument,
    "\n  subscription PaymentsPage_PaymentUpdated {\n    paymentUpdated {\n      ...PaymentsTable_Payment\n    }\n  }\n": typeof types.PaymentsPage_PaymentUpdatedDocument,
    "\n  fragment PaymentsTable_Payment on Payment {\n    id\n    writerId\n    status\n    description\n    failureMessage\n    stripePaymentIntentId\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      amount\n      formatted\n    }\n    amountRefunded {\n      amount\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    disputes {\n      id\n      status\n      needsResponse\n    }\n  }\n": typeof types.PaymentsTable_PaymentFragmentDoc,
    "\n  mutation RefundPaymentDialog_Refund($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...PaymentPage_Payment\n    }\n  }\n": typeof types.RefundPaymentDialog_RefundDocument,
    "\n  mutation DraftPayoutRunDialog_Create($input: CreatePayoutRunInput!) {\n    createPayoutRun(input: $input) {\n      ...PayoutRunsTable_PayoutRun\n    }\n  }\n": typeof types.DraftPayoutRunDialog_CreateDocument,
    "\n  query PayoutItemsSection_Items($runId: ID!, $first: Int!, $after: String, $status: PayoutItemStatus) {\n    payoutRun(id: $runId) {\n      id\n      items(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...PayoutItemsTable_Item\n        }\n      }\n    }\n  }\n": typeof types.PayoutItemsSection_ItemsDocument,
    "\n  fragment PayoutItemsTable_Item on PayoutItem {\n    id\n    status\n    heldReason\n    failureMessage\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n      stripeAccountId\n    }\n    transfer {\n      id\n      status\n      stripeTransferId\n    }\n  }\n": typeof types.PayoutItemsTable_ItemFragmentDoc,
    "\n  mutation PayoutRunActions_Approve($id: ID!) {\n    approvePayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n": typeof types.PayoutRunActions_ApproveDocument,
    "\n  mutation PayoutRunActions_Execute($id: ID!) {\n    executePayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n": typeof types.PayoutRunActions_ExecuteDocument,
    "\n  mutation PayoutRunActions_Cancel($id: ID!) {\n    cancelPayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n": typeof types.PayoutRunActions_CancelDocument,
    "\n  mutation PayoutRunActions_Retry($id: ID!) {\n    retryPayoutRunItems(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n": typeof types.PayoutRunActions_RetryDocument,
    "\n  fragment PayoutRunPage_Run on PayoutRun {\n    id\n    status\n    nextStates\n    currency\n    description\n    itemCount\n    heldCount\n    createdAt\n    approvedAt\n    startedAt\n    completedAt\n    updatedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n      formatted\n    }\n    minimumAmount {\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    executedBy {\n      id\n      displayName\n    }\n    progress {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n": typeof types.PayoutRunPage_RunFragmentDoc,
    "\n  query PayoutRunPage_Load($id: ID!) {\n    viewer {\n      id\n    }\n    payoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n    platformBalance {\n      available {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.PayoutRunPage_LoadDocument,
    "\n  subscription PayoutRunPage_Progress($runId: ID!) {\n    payoutRunProgress(runId: $runId) {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n": typeof types.PayoutRunPage_ProgressDocument,
    "\n  subscription PayoutRunPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.PayoutRunPage_TopUpUpdatedDocument,
    "\n  fragment PayoutRunProgressBar_Progress on PayoutRunProgress {\n    runId\n    status\n    itemsDone\n    itemsTotal\n    itemsFailed\n    amountSent {\n      amount\n      currency\n      formatted\n    }\n  }\n": typeof types.PayoutRunProgressBar_ProgressFragmentDoc,
    "\n  query PayoutRunsPage_Runs($first: Int!, $after: String, $status: PayoutRunStatus) {\n    payoutRuns(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PayoutRunsTable_PayoutRun\n      }\n    }\n  }\n": typeof types.PayoutRunsPage_RunsDocument,
    "\n  subscription PayoutRunsPage_Progress {\n    payoutRunProgress {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n": typeof types.PayoutRunsPage_ProgressDocument,
    "\n  fragment PayoutRunsTable_PayoutRun on PayoutRun {\n    id\n    status\n    currency\n    description\n    itemCount\n    heldCount\n    createdAt\n    updatedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n    progress {\n      runId\n      status\n      itemsDone\n      itemsTotal\n      itemsFailed\n      amountSent {\n        amount\n        currency\n        formatted\n      }\n    }\n  }\n": typeof types.PayoutRunsTable_PayoutRunFragmentDoc,
    "\n  fragment WriterPayoutItemsSection_Writer on Writer {\n    displayName\n    payoutItems(first: 10) {\n      totalCount\n      nodes {\n        id\n        runId\n        status\n        heldReason\n        failureMessage\n        createdAt\n        amount {\n          formatted\n        }\n        transfer {\n          id\n          stripeTransferId\n        }\n      }\n    }\n  }\n": typeof types.WriterPayoutItemsSection_WriterFragmentDoc,
    "\n  query FailedPayoutsCard_Failed {\n    payouts(status: FAILED, first: 5) {\n      totalCount\n      nodes {\n        id\n        failureMessage\n        createdAt\n        amount {\n          formatted\n        }\n        writer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.FailedPayoutsCard_FailedDocument,
    "\n  mutation PayoutScheduleDialog_Update($input: UpdatePayoutScheduleInput!) {\n    updatePayoutSchedule(input: $input) {\n      id\n      updatedAt\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n    }\n  }\n": typeof types.PayoutScheduleDialog_UpdateDocument,
    "\n  fragment PayoutsCard_Writer on Writer {\n    id\n    balance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n    }\n    payoutSchedule {\n      interval\n      delayDays\n      weeklyAnchor\n      monthlyAnchor\n    }\n    payouts(first: 5) {\n      totalCount\n      nodes {\n        id\n        stripePayoutId\n        status\n        arrivalDate\n        failureCode\n        failureMessage\n        whatToDo\n        bankLast4\n        createdAt\n        updatedAt\n        amount {\n          formatted\n        }\n      }\n    }\n  }\n": typeof types.PayoutsCard_WriterFragmentDoc,
    "\n  query ApiKeysSection_Keys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysSection_KeysDocument,
    "\n  mutation ApiKeysSection_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.ApiKeysSection_CreateDocument,
    "\n  mutation ApiKeysSection_Revoke($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysSection_RevokeDocument,
    "\n  mutation InviteMemberDialog_Invite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      id\n      url\n      email\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDialog_InviteDocument,
    "\n  query TeamMembersSection_Team($withInvites: Boolean!) {\n    viewer {\n      id\n    }\n    teamMembers {\n      id\n      email\n      displayName\n      role\n      twoFactorEnabled\n      createdAt\n    }\n    teamInvites @include(if: $withInvites) {\n      id\n      email\n      role\n      expiresAt\n      invitedBy {\n        displayName\n      }\n    }\n  }\n": typeof types.TeamMembersSection_TeamDocument,
    "\n  mutation TeamMembersSection_ChangeRole($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.TeamMembersSection_ChangeRoleDocument,
    "\n  mutation TeamMembersSection_Remove($id: ID!) {\n    removeTeamMember(id: $id) {\n      id\n    }\n  }\n": typeof types.TeamMembersSection_RemoveDocument,
    "\n  mutation TeamMembersSection_Revoke($id: ID!) {\n    revokeTeamInvite(id: $id) {\n      id\n    }\n  }\n": typeof types.TeamMembersSection_RevokeDocument,
    "\n  mutation AddFundsDialog_CreateTopUp($input: CreateTopUpInput!) {\n    createTopUp(input: $input) {\n      ...TopUpsTable_TopUp\n    }\n  }\n": typeof types.AddFundsDialog_CreateTopUpDocument,
    "\n  subscription AddFundsDialog_TopUpUpdated {\n    topUpUpdated {\n      ...TopUpsTable_TopUp\n    }\n  }\n": typeof types.AddFundsDialog_TopUpUpdatedDocument,
    "\n  mutation CancelTopUpDialog_Cancel($id: ID!) {\n    cancelTopUp(id: $id) {\n      ...TopUpsTable_TopUp\n    }\n  }\n": typeof types.CancelTopUpDialog_CancelDocument,
    "\n  query TopUpsPage_TopUps($first: Int!, $after: String, $status: TopUpStatus) {\n    topUps(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TopUpsTable_TopUp\n      }\n    }\n  }\n": typeof types.TopUpsPage_TopUpsDocument,
    "\n  subscription TopUpsPage_TopUpUpdated {\n    topUpUpdated {\n      ...TopUpsTable_TopUp\n    }\n  }\n": typeof types.TopUpsPage_TopUpUpdatedDocument,
    "\n  fragment TopUpsTable_TopUp on TopUp {\n    id\n    stripeTopUpId\n    status\n    cancelable\n    description\n    statementDescriptor\n    expectedAvailabilityDate\n    failureCode\n    failureMessage\n    idempotencyKey\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n  }\n": typeof types.TopUpsTable_TopUpFragmentDoc,
    "\n  fragment ReversalsTable_Reversal on TransferReversal {\n    id\n    status\n    reason\n    failureMessage\n    stripeReversalId\n    createdAt\n    amount {\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ReversalsTable_ReversalFragmentDoc,
    "\n  mutation ReverseTransferDialog_Reverse($input: ReverseTransferInput!) {\n    reverseTransfer(input: $input) {\n      ...TransferPage_Transfer\n    }\n  }\n": typeof types.ReverseTransferDialog_ReverseDocument,
    "\n  fragment TransferPage_Transfer on Transfer {\n    id\n    status\n    description\n    stripeTransferId\n    transferGroup\n    idempotencyKey\n    failureCode\n    failureMessage\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      formatted\n    }\n    reversibleAmount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n      stripeAccountId\n    }\n    createdBy {\n      id\n      displayName\n    }\n    reversals {\n      ...ReversalsTable_Reversal\n    }\n  }\n": typeof types.TransferPage_TransferFragmentDoc,
    "\n  query TransferPage_Load($id: ID!) {\n    transfer(id: $id) {\n      ...TransferPage_Transfer\n    }\n  }\n": typeof types.TransferPage_LoadDocument,
    "\n  subscription TransferPage_TransferUpdated {\n    transferUpdated {\n      ...TransferPage_Transfer\n    }\n  }\n": typeof types.TransferPage_TransferUpdatedDocument,
    "\n  query TransfersPage_Transfers($first: Int!, $after: String, $status: TransferStatus, $writerId: ID) {\n    transfers(first: $first, after: $after, status: $status, writerId: $writerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TransfersTable_Transfer\n      }\n    }\n  }\n": typeof types.TransfersPage_TransfersDocument,
    "\n  subscription TransfersPage_TransferUpdated {\n    transferUpdated {\n      ...TransfersTable_Transfer\n    }\n  }\n": typeof types.TransfersPage_TransferUpdatedDocument,
    "\n  fragment TransfersTable_Transfer on Transfer {\n    id\n    writerId\n    status\n    description\n    stripeTransferId\n    failureMessage\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    idempotencyKey\n    updatedAt\n  }\n": typeof types.TransfersTable_TransferFragmentDoc,
    "\n  query WriterFilterChip_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.WriterFilterChip_WriterDocument,
    "\n  mutation AddWriterDialog_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.AddWriterDialog_CreateWriterDocument,
    "\n  mutation DisconnectAccountDialog_Disconnect($writerId: ID!) {\n    disconnectStripeAccount(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      deauthorized\n      canReceiveTransfers\n      updatedAt\n    }\n  }\n": typeof types.DisconnectAccountDialog_DisconnectDocument,
    "\n  mutation InviteCard_Invite($writerId: ID!) {\n    inviteWriter(writerId: $writerId) {\n      token\n      url\n      expiresAt\n    }\n  }\n": typeof types.InviteCard_InviteDocument,
    "\n  query SendFundsDialog_Balance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n    }\n  }\n": typeof types.SendFundsDialog_BalanceDocument,
    "\n  subscription SendFundsDialog_TransferUpdated($writerId: ID!) {\n    transferUpdated(writerId: $writerId) {\n      ...TransfersTable_Transfer\n    }\n  }\n": typeof types.SendFundsDialog_TransferUpdatedDocument,
    "\n  mutation SendFundsDialog_CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      ...TransfersTable_Transfer\n    }\n  }\n": typeof types.SendFundsDialog_CreateTransferDocument,
    "\n  mutation SyncWriterButton_Sync($id: ID!) {\n    syncWriter(id: $id) {\n      id\n      onboardingStatus\n      requirementsDue\n      updatedAt\n    }\n  }\n": typeof types.SyncWriterButton_SyncDocument,
    "\n  query WriterPage_Writer($id: ID!, $transfersShown: Int!) {\n    writer(id: $id) {\n      id\n      displayName\n      email\n      country\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      requirements {\n        code\n        description\n      }\n      disabledReason\n      payoutsEnabled\n      transfersCapability\n      canReceiveTransfers\n      deauthorized\n      signedUp\n      createdAt\n      updatedAt\n      onboardingLinks {\n        id\n        createdAt\n        expiresAt\n      }\n      detailsSubmitted\n      allowedActions\n      standing {\n        headline\n        nextStep\n      }\n      ...PayoutsCard_Writer\n      ...WriterEarningsSection_Writer\n      ...WriterPayoutItemsSection_Writer\n      payableBalance {\n        amount\n        currency\n        formatted\n      }\n      transfers(first: $transfersShown) {\n        totalCount\n        nodes {\n          ...TransfersTable_Transfer\n        }\n      }\n      moneySummary: transfers(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          createdAt\n          amount {\n            amount\n            currency\n            formatted\n          }\n          amountReversed {\n            amount\n          }\n        }\n      }\n    }\n    auditTrail(subjectId: $id, first: 10) {\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n": typeof types.WriterPage_WriterDocument,
    "\n  subscription WriterPage_TransferUpdated($writerId: ID!) {\n    transferUpdated(writerId: $writerId) {\n      ...TransfersTable_Transfer\n    }\n  }\n": typeof types.WriterPage_TransferUpdatedDocument,
    "\n  subscription WriterPage_StatusChanged($writerId: ID!) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      requirements {\n        code\n        description\n      }\n      disabledReason\n      payoutsEnabled\n      transfersCapability\n      canReceiveTransfers\n      deauthorized\n      detailsSubmitted\n      allowedActions\n      standing {\n        headline\n        nextStep\n      }\n      updatedAt\n    }\n  }\n": typeof types.WriterPage_StatusChangedDocument,
    "\n  subscription WriterPage_PayoutUpdated($writerId: ID!) {\n    payoutUpdated(writerId: $writerId) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.WriterPage_PayoutUpdatedDocument,
    "\n  query WritersPage_Writers($first: Int!, $after: String, $status: OnboardingStatus, $search: String) {\n    writers(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        country\n        onboardingStatus\n        requirementsDue\n        stripeAccountId\n        signedUp\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.WritersPage_WritersDocument,
    "\n  subscription WritersPage_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n      requirementsDue\n      stripeAccountId\n      updatedAt\n    }\n  }\n": typeof types.WritersPage_StatusChangedDocument,
};
const documents: Documents = {
    "\n  query AuditLogPage_Entries($first: Int!, $after: String) {\n    auditTrail(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        subjectType\n        subjectId\n        details\n        createdAt\n        amount {\n          formatted\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditLogPage_EntriesDocument,
    "\n  subscription AuditLogPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n    }\n  }\n": types.AuditLogPage_TopUpUpdatedDocument,
    "\n  subscription AuditLogPage_TransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n": types.AuditLogPage_TransferUpdatedDocument,
    "\n  query AuditSubject_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.AuditSubject_WriterDocument,
    "\n  mutation AcceptInvite_Accept($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      ...SignIn_Session\n    }\n  }\n": types.AcceptInvite_AcceptDocument,
    "\n  fragment SignIn_Session on AuthPayload {\n    token\n    expiresAt\n    viewer {\n      email\n      role\n      twoFactorEnabled\n    }\n  }\n": types.SignIn_SessionFragmentDoc,
    "\n  mutation SignIn_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SignIn_Session\n    }\n  }\n": types.SignIn_LogInDocument,
    "\n  mutation TwoFactorEnrolment_Enrol {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": types.TwoFactorEnrolment_EnrolDocument,
    "\n  mutation TwoFactorEnrolment_Confirm($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n      expiresAt\n      recoveryCodes\n      viewer {\n        email\n        role\n        twoFactorEnabled\n      }\n    }\n  }\n": types.TwoFactorEnrolment_ConfirmDocument,
    "\n  mutation ImportEarningsPage_Import($input: ImportEarningsInput!) {\n    importEarnings(input: $input) {\n      id\n      dryRun\n      rowsTotal\n      rowsAccepted\n      rowsAlreadyRecorded\n      totalAmount {\n        amount\n        currency\n        formatted\n      }\n      rejected {\n        row\n        reason\n      }\n    }\n  }\n": types.ImportEarningsPage_ImportDocument,
    "\n  query RevenueShareCard_Percent {\n    revenueSharePercent\n  }\n": types.RevenueShareCard_PercentDocument,
    "\n  fragment WriterEarningsSection_Writer on Writer {\n    earnings(first: 10) {\n      totalCount\n      nodes {\n        id\n        reference\n        description\n        periodStart\n        periodEnd\n        createdAt\n        amount {\n          formatted\n        }\n        revenue {\n          formatted\n        }\n      }\n    }\n  }\n": types.WriterEarningsSection_WriterFragmentDoc,
    "\n  subscription LiveIndicator_Heartbeat {\n    heartbeat\n  }\n": types.LiveIndicator_HeartbeatDocument,
    "\n  query Shell_ServerInfo {\n    serverInfo {\n      version\n      sandbox\n    }\n  }\n": types.Shell_ServerInfoDocument,
    "\n  query ActivityCard_MoneyActivity($currency: String!, $days: Int!, $timeZone: String!) {\n    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {\n      date\n      toppedUp {\n        amount\n      }\n      transferred {\n        amount\n      }\n    }\n  }\n": types.ActivityCard_MoneyActivityDocument,
    "\n  query OverviewPage_Balance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n      warning\n    }\n  }\n": types.OverviewPage_BalanceDocument,
    "\n  subscription OverviewPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n      failureMessage\n      updatedAt\n    }\n  }\n": types.OverviewPage_TopUpUpdatedDocument,
    "\n  subscription OverviewPage_TransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n": types.OverviewPage_TransferUpdatedDocument,
    "\n  query WriterStatusCard_Counts {\n    writerStatusCounts {\n      status\n      count\n    }\n  }\n": types.WriterStatusCard_CountsDocument,
    "\n  subscription WriterStatusCard_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n    }\n  }\n": types.WriterStatusCard_StatusChangedDocument,
    "\n  query DisputesCard_Disputes {\n    disputesNeedingResponse {\n      id\n      paymentId\n      stripeDisputeId\n      reason\n      evidenceDueBy\n      amount {\n        formatted\n      }\n    }\n  }\n": types.DisputesCard_DisputesDocument,
    "\n  subscription DisputesCard_PaymentUpdated {\n    paymentUpdated {\n      id\n      updatedAt\n    }\n  }\n": types.DisputesCard_PaymentUpdatedDocument,
    "\n  fragment PaymentPage_Payment on Payment {\n    id\n    status\n    description\n    stripeCheckoutSessionId\n    stripePaymentIntentId\n    stripeChargeId\n    stripeTransferId\n    stripeApplicationFeeId\n    failureMessage\n    idempotencyKey\n    paidAt\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      formatted\n    }\n    writerShare {\n      formatted\n    }\n    amountRefunded {\n      amount\n      formatted\n    }\n    refundableAmount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    refunds {\n      id\n      status\n      reason\n      reverseTransfer\n      refundApplicationFee\n      stripeRefundId\n      failureMessage\n      createdAt\n      amount {\n        formatted\n      }\n    }\n    disputes {\n      id\n      stripeDisputeId\n      status\n      reason\n      needsResponse\n      evidenceDueBy\n      createdAt\n      amount {\n        formatted\n      }\n    }\n  }\n": types.PaymentPage_PaymentFragmentDoc,
    "\n  query PaymentPage_Load($id: ID!) {\n    payment(id: $id) {\n      ...PaymentPage_Payment\n    }\n  }\n": types.PaymentPage_LoadDocument,
    "\n  subscription PaymentPage_PaymentUpdated {\n    paymentUpdated {\n      ...PaymentPage_Payment\n    }\n  }\n": types.PaymentPage_PaymentUpdatedDocument,
    "\n  query PaymentsPage_Payments($first: Int!, $after: String, $status: PaymentStatus, $writerId: ID) {\n    payments(first: $first, after: $after, status: $status, writerId: $writerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PaymentsTable_Payment\n      }\n    }\n  }\n": types.PaymentsPage_PaymentsDocument,
    "\n  subscription PaymentsPage_PaymentUpdated {\n    paymentUpdated {\n      ...PaymentsTable_Payment\n    }\n  }\n": types.PaymentsPage_PaymentUpdatedDocument,
    "\n  fragment PaymentsTable_Payment on Payment {\n    id\n    writerId\n    status\n    description\n    failureMessage\n    stripePaymentIntentId\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      amount\n      formatted\n    }\n    amountRefunded {\n      amount\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    disputes {\n      id\n      status\n      needsResponse\n    }\n  }\n": types.PaymentsTable_PaymentFragmentDoc,
    "\n  mutation RefundPaymentDialog_Refund($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...PaymentPage_Payment\n    }\n  }\n": types.RefundPaymentDialog_RefundDocument,
    "\n  mutation DraftPayoutRunDialog_Create($input: CreatePayoutRunInput!) {\n    createPayoutRun(input: $input) {\n      ...PayoutRunsTable_PayoutRun\n    }\n  }\n": types.DraftPayoutRunDialog_CreateDocument,
    "\n  query PayoutItemsSection_Items($runId: ID!, $first: Int!, $after: String, $status: PayoutItemStatus) {\n    payoutRun(id: $runId) {\n      id\n      items(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...PayoutItemsTable_Item\n        }\n      }\n    }\n  }\n": types.PayoutItemsSection_ItemsDocument,
    "\n  fragment PayoutItemsTable_Item on PayoutItem {\n    id\n    status\n    heldReason\n    failureMessage\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n      stripeAccountId\n    }\n    transfer {\n      id\n      status\n      stripeTransferId\n    }\n  }\n": types.PayoutItemsTable_ItemFragmentDoc,
    "\n  mutation PayoutRunActions_Approve($id: ID!) {\n    approvePayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n": types.PayoutRunActions_ApproveDocument,
    "\n  mutation PayoutRunActions_Execute($id: ID!) {\n    executePayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n": types.PayoutRunActions_ExecuteDocument,
    "\n  mutation PayoutRunActions_Cancel($id: ID!) {\n    cancelPayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n": types.PayoutRunActions_CancelDocument,
    "\n  mutation PayoutRunActions_Retry($id: ID!) {\n    retryPayoutRunItems(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n": types.PayoutRunActions_RetryDocument,
    "\n  fragment PayoutRunPage_Run on PayoutRun {\n    id\n    status\n    nextStates\n    currency\n    description\n    itemCount\n    heldCount\n    createdAt\n    approvedAt\n    startedAt\n    completedAt\n    updatedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n      formatted\n    }\n    minimumAmount {\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    executedBy {\n      id\n      displayName\n    }\n    progress {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n": types.PayoutRunPage_RunFragmentDoc,
    "\n  query PayoutRunPage_Load($id: ID!) {\n    viewer {\n      id\n    }\n    payoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n    platformBalance {\n      available {\n        amount\n        currency\n      }\n    }\n  }\n": types.PayoutRunPage_LoadDocument,
    "\n  subscription PayoutRunPage_Progress($runId: ID!) {\n    payoutRunProgress(runId: $runId) {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n": types.PayoutRunPage_ProgressDocument,
    "\n  subscription PayoutRunPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.PayoutRunPage_TopUpUpdatedDocument,
    "\n  fragment PayoutRunProgressBar_Progress on PayoutRunProgress {\n    runId\n    status\n    itemsDone\n    itemsTotal\n    itemsFailed\n    amountSent {\n      amount\n      currency\n      formatted\n    }\n  }\n": types.PayoutRunProgressBar_ProgressFragmentDoc,
    "\n  query PayoutRunsPage_Runs($first: Int!, $after: String, $status: PayoutRunStatus) {\n    payoutRuns(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PayoutRunsTable_PayoutRun\n      }\n    }\n  }\n": types.PayoutRunsPage_RunsDocument,
    "\n  subscription PayoutRunsPage_Progress {\n    payoutRunProgress {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n": types.PayoutRunsPage_ProgressDocument,
    "\n  fragment PayoutRunsTable_PayoutRun on PayoutRun {\n    id\n    status\n    currency\n    description\n    itemCount\n    heldCount\n    createdAt\n    updatedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n    progress {\n      runId\n      status\n      itemsDone\n      itemsTotal\n      itemsFailed\n      amountSent {\n        amount\n        currency\n        formatted\n      }\n    }\n  }\n": types.PayoutRunsTable_PayoutRunFragmentDoc,
    "\n  fragment WriterPayoutItemsSection_Writer on Writer {\n    displayName\n    payoutItems(first: 10) {\n      totalCount\n      nodes {\n        id\n        runId\n        status\n        heldReason\n        failureMessage\n        createdAt\n        amount {\n          formatted\n        }\n        transfer {\n          id\n          stripeTransferId\n        }\n      }\n    }\n  }\n": types.WriterPayoutItemsSection_WriterFragmentDoc,
    "\n  query FailedPayoutsCard_Failed {\n    payouts(status: FAILED, first: 5) {\n      totalCount\n      nodes {\n        id\n        failureMessage\n        createdAt\n        amount {\n          formatted\n        }\n        writer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.FailedPayoutsCard_FailedDocument,
    "\n  mutation PayoutScheduleDialog_Update($input: UpdatePayoutScheduleInput!) {\n    updatePayoutSchedule(input: $input) {\n      id\n      updatedAt\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n    }\n  }\n": types.PayoutScheduleDialog_UpdateDocument,
    "\n  fragment PayoutsCard_Writer on Writer {\n    id\n    balance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n    }\n    payoutSchedule {\n      interval\n      delayDays\n      weeklyAnchor\n      monthlyAnchor\n    }\n    payouts(first: 5) {\n      totalCount\n      nodes {\n        id\n        stripePayoutId\n        status\n        arrivalDate\n        failureCode\n        failureMessage\n        whatToDo\n        bankLast4\n        createdAt\n        updatedAt\n        amount {\n          formatted\n        }\n      }\n    }\n  }\n": types.PayoutsCard_WriterFragmentDoc,
    "\n  query ApiKeysSection_Keys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysSection_KeysDocument,
    "\n  mutation ApiKeysSection_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.ApiKeysSection_CreateDocument,
    "\n  mutation ApiKeysSection_Revoke($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.ApiKeysSection_RevokeDocument,
    "\n  mutation InviteMemberDialog_Invite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      id\n      url\n      email\n      expiresAt\n    }\n  }\n": types.InviteMemberDialog_InviteDocument,
    "\n  query TeamMembersSection_Team($withInvites: Boolean!) {\n    viewer {\n      id\n    }\n    teamMembers {\n      id\n      email\n      displayName\n      role\n      twoFactorEnabled\n      createdAt\n    }\n    teamInvites @include(if: $withInvites) {\n      id\n      email\n      role\n      expiresAt\n      invitedBy {\n        displayName\n      }\n    }\n  }\n": types.TeamMembersSection_TeamDocument,
    "\n  mutation TeamMembersSection_ChangeRole($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      id\n      role\n    }\n  }\n": types.TeamMembersSection_ChangeRoleDocument,
    "\n  mutation TeamMembersSection_Remove($id: ID!) {\n    removeTeamMember(id: $id) {\n      id\n    }\n  }\n": types.TeamMembersSection_RemoveDocument,
    "\n  mutation TeamMembersSection_Revoke($id: ID!) {\n    revokeTeamInvite(id: $id) {\n      id\n    }\n  }\n": types.TeamMembersSection_RevokeDocument,
    "\n  mutation AddFundsDialog_CreateTopUp($input: CreateTopUpInput!) {\n    createTopUp(input: $input) {\n      ...TopUpsTable_TopUp\n    }\n  }\n": types.AddFundsDialog_CreateTopUpDocument,
    "\n  subscription AddFundsDialog_TopUpUpdated {\n    topUpUpdated {\n      ...TopUpsTable_TopUp\n    }\n  }\n": types.AddFundsDialog_TopUpUpdatedDocument,
    "\n  mutation CancelTopUpDialog_Cancel($id: ID!) {\n    cancelTopUp(id: $id) {\n      ...TopUpsTable_TopUp\n    }\n  }\n": types.CancelTopUpDialog_CancelDocument,
    "\n  query TopUpsPage_TopUps($first: Int!, $after: String, $status: TopUpStatus) {\n    topUps(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TopUpsTable_TopUp\n      }\n    }\n  }\n": types.TopUpsPage_TopUpsDocument,
    "\n  subscription TopUpsPage_TopUpUpdated {\n    topUpUpdated {\n      ...TopUpsTable_TopUp\n    }\n  }\n": types.TopUpsPage_TopUpUpdatedDocument,
    "\n  fragment TopUpsTable_TopUp on TopUp {\n    id\n    stripeTopUpId\n    status\n    cancelable\n    description\n    statementDescriptor\n    expectedAvailabilityDate\n    failureCode\n    failureMessage\n    idempotencyKey\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n  }\n": types.TopUpsTable_TopUpFragmentDoc,
    "\n  fragment ReversalsTable_Reversal on TransferReversal {\n    id\n    status\n    reason\n    failureMessage\n    stripeReversalId\n    createdAt\n    amount {\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.ReversalsTable_ReversalFragmentDoc,
    "\n  mutation ReverseTransferDialog_Reverse($input: ReverseTransferInput!) {\n    reverseTransfer(input: $input) {\n      ...TransferPage_Transfer\n    }\n  }\n": types.ReverseTransferDialog_ReverseDocument,
    "\n  fragment TransferPage_Transfer on Transfer {\n    id\n    status\n    description\n    stripeTransferId\n    transferGroup\n    idempotencyKey\n    failureCode\n    failureMessage\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      formatted\n    }\n    reversibleAmount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n      stripeAccountId\n    }\n    createdBy {\n      id\n      displayName\n    }\n    reversals {\n      ...ReversalsTable_Reversal\n    }\n  }\n": types.TransferPage_TransferFragmentDoc,
    "\n  query TransferPage_Load($id: ID!) {\n    transfer(id: $id) {\n      ...TransferPage_Transfer\n    }\n  }\n": types.TransferPage_LoadDocument,
    "\n  subscription TransferPage_TransferUpdated {\n    transferUpdated {\n      ...TransferPage_Transfer\n    }\n  }\n": types.TransferPage_TransferUpdatedDocument,
    "\n  query TransfersPage_Transfers($first: Int!, $after: String, $status: TransferStatus, $writerId: ID) {\n    transfers(first: $first, after: $after, status: $status, writerId: $writerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TransfersTable_Transfer\n      }\n    }\n  }\n": types.TransfersPage_TransfersDocument,
    "\n  subscription TransfersPage_TransferUpdated {\n    transferUpdated {\n      ...TransfersTable_Transfer\n    }\n  }\n": types.TransfersPage_TransferUpdatedDocument,
    "\n  fragment TransfersTable_Transfer on Transfer {\n    id\n    writerId\n    status\n    description\n    stripeTransferId\n    failureMessage\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    idempotencyKey\n    updatedAt\n  }\n": types.TransfersTable_TransferFragmentDoc,
    "\n  query WriterFilterChip_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.WriterFilterChip_WriterDocument,
    "\n  mutation AddWriterDialog_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.AddWriterDialog_CreateWriterDocument,
    "\n  mutation DisconnectAccountDialog_Disconnect($writerId: ID!) {\n    disconnectStripeAccount(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      deauthorized\n      canReceiveTransfers\n      updatedAt\n    }\n  }\n": types.DisconnectAccountDialog_DisconnectDocument,
    "\n  mutation InviteCard_Invite($writerId: ID!) {\n    inviteWriter(writerId: $writerId) {\n      token\n      url\n      expiresAt\n    }\n  }\n": types.InviteCard_InviteDocument,
    "\n  query SendFundsDialog_Balance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n    }\n  }\n": types.SendFundsDialog_BalanceDocument,
    "\n  subscription SendFundsDialog_TransferUpdated($writerId: ID!) {\n    transferUpdated(writerId: $writerId) {\n      ...TransfersTable_Transfer\n    }\n  }\n": types.SendFundsDialog_TransferUpdatedDocument,
    "\n  mutation SendFundsDialog_CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      ...TransfersTable_Transfer\n    }\n  }\n": types.SendFundsDialog_CreateTransferDocument,
    "\n  mutation SyncWriterButton_Sync($id: ID!) {\n    syncWriter(id: $id) {\n      id\n      onboardingStatus\n      requirementsDue\n      updatedAt\n    }\n  }\n": types.SyncWriterButton_SyncDocument,
    "\n  query WriterPage_Writer($id: ID!, $transfersShown: Int!) {\n    writer(id: $id) {\n      id\n      displayName\n      email\n      country\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      requirements {\n        code\n        description\n      }\n      disabledReason\n      payoutsEnabled\n      transfersCapability\n      canReceiveTransfers\n      deauthorized\n      signedUp\n      createdAt\n      updatedAt\n      onboardingLinks {\n        id\n        createdAt\n        expiresAt\n      }\n      detailsSubmitted\n      allowedActions\n      standing {\n        headline\n        nextStep\n      }\n      ...PayoutsCard_Writer\n      ...WriterEarningsSection_Writer\n      ...WriterPayoutItemsSection_Writer\n      payableBalance {\n        amount\n        currency\n        formatted\n      }\n      transfers(first: $transfersShown) {\n        totalCount\n        nodes {\n          ...TransfersTable_Transfer\n        }\n      }\n      moneySummary: transfers(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          createdAt\n          amount {\n            amount\n            currency\n            formatted\n          }\n          amountReversed {\n            amount\n          }\n        }\n      }\n    }\n    auditTrail(subjectId: $id, first: 10) {\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n": types.WriterPage_WriterDocument,
    "\n  subscription WriterPage_TransferUpdated($writerId: ID!) {\n    transferUpdated(writerId: $writerId) {\n      ...TransfersTable_Transfer\n    }\n  }\n": types.WriterPage_TransferUpdatedDocument,
    "\n  subscription WriterPage_StatusChanged($writerId: ID!) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      requirements {\n        code\n        description\n      }\n      disabledReason\n      payoutsEnabled\n      transfersCapability\n      canReceiveTransfers\n      deauthorized\n      detailsSubmitted\n      allowedActions\n      standing {\n        headline\n        nextStep\n      }\n      updatedAt\n    }\n  }\n": types.WriterPage_StatusChangedDocument,
    "\n  subscription WriterPage_PayoutUpdated($writerId: ID!) {\n    payoutUpdated(writerId: $writerId) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.WriterPage_PayoutUpdatedDocument,
    "\n  query WritersPage_Writers($first: Int!, $after: String, $status: OnboardingStatus, $search: String) {\n    writers(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        country\n        onboardingStatus\n        requirementsDue\n        stripeAccountId\n        signedUp\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.WritersPage_WritersDocument,
    "\n  subscription WritersPage_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n      requirementsDue\n      stripeAccountId\n      updatedAt\n    }\n  }\n": types.WritersPage_StatusChangedDocument,
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
export function graphql(source: "\n  query AuditLogPage_Entries($first: Int!, $after: String) {\n    auditTrail(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        subjectType\n        subjectId\n        details\n        createdAt\n        amount {\n          formatted\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage_Entries($first: Int!, $after: String) {\n    auditTrail(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        subjectType\n        subjectId\n        details\n        createdAt\n        amount {\n          formatted\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditLogPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription AuditLogPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditLogPage_TransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AuditLogPage_TransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditSubject_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AuditSubject_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite_Accept($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      ...SignIn_Session\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvite_Accept($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      ...SignIn_Session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignIn_Session on AuthPayload {\n    token\n    expiresAt\n    viewer {\n      email\n      role\n      twoFactorEnabled\n    }\n  }\n"): (typeof documents)["\n  fragment SignIn_Session on AuthPayload {\n    token\n    expiresAt\n    viewer {\n      email\n      role\n      twoFactorEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SignIn_Session\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn_LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SignIn_Session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorEnrolment_Enrol {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorEnrolment_Enrol {\n    enrollTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoFactorEnrolment_Confirm($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n      expiresAt\n      recoveryCodes\n      viewer {\n        email\n        role\n        twoFactorEnabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoFactorEnrolment_Confirm($otp: String!) {\n    confirmTwoFactor(otp: $otp) {\n      token\n      expiresAt\n      recoveryCodes\n      viewer {\n        email\n        role\n        twoFactorEnabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEarningsPage_Import($input: ImportEarningsInput!) {\n    importEarnings(input: $input) {\n      id\n      dryRun\n      rowsTotal\n      rowsAccepted\n      rowsAlreadyRecorded\n      totalAmount {\n        amount\n        currency\n        formatted\n      }\n      rejected {\n        row\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportEarningsPage_Import($input: ImportEarningsInput!) {\n    importEarnings(input: $input) {\n      id\n      dryRun\n      rowsTotal\n      rowsAccepted\n      rowsAlreadyRecorded\n      totalAmount {\n        amount\n        currency\n        formatted\n      }\n      rejected {\n        row\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevenueShareCard_Percent {\n    revenueSharePercent\n  }\n"): (typeof documents)["\n  query RevenueShareCard_Percent {\n    revenueSharePercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WriterEarningsSection_Writer on Writer {\n    earnings(first: 10) {\n      totalCount\n      nodes {\n        id\n        reference\n        description\n        periodStart\n        periodEnd\n        createdAt\n        amount {\n          formatted\n        }\n        revenue {\n          formatted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WriterEarningsSection_Writer on Writer {\n    earnings(first: 10) {\n      totalCount\n      nodes {\n        id\n        reference\n        description\n        periodStart\n        periodEnd\n        createdAt\n        amount {\n          formatted\n        }\n        revenue {\n          formatted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveIndicator_Heartbeat {\n    heartbeat\n  }\n"): (typeof documents)["\n  subscription LiveIndicator_Heartbeat {\n    heartbeat\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell_ServerInfo {\n    serverInfo {\n      version\n      sandbox\n    }\n  }\n"): (typeof documents)["\n  query Shell_ServerInfo {\n    serverInfo {\n      version\n      sandbox\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityCard_MoneyActivity($currency: String!, $days: Int!, $timeZone: String!) {\n    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {\n      date\n      toppedUp {\n        amount\n      }\n      transferred {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityCard_MoneyActivity($currency: String!, $days: Int!, $timeZone: String!) {\n    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {\n      date\n      toppedUp {\n        amount\n      }\n      transferred {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewPage_Balance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n      warning\n    }\n  }\n"): (typeof documents)["\n  query OverviewPage_Balance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverviewPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n      failureMessage\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription OverviewPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n      failureMessage\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverviewPage_TransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OverviewPage_TransferUpdated {\n    transferUpdated {\n      id\n      status\n      amountReversed {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriterStatusCard_Counts {\n    writerStatusCounts {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query WriterStatusCard_Counts {\n    writerStatusCounts {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WriterStatusCard_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n    }\n  }\n"): (typeof documents)["\n  subscription WriterStatusCard_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisputesCard_Disputes {\n    disputesNeedingResponse {\n      id\n      paymentId\n      stripeDisputeId\n      reason\n      evidenceDueBy\n      amount {\n        formatted\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisputesCard_Disputes {\n    disputesNeedingResponse {\n      id\n      paymentId\n      stripeDisputeId\n      reason\n      evidenceDueBy\n      amount {\n        formatted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DisputesCard_PaymentUpdated {\n    paymentUpdated {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription DisputesCard_PaymentUpdated {\n    paymentUpdated {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentPage_Payment on Payment {\n    id\n    status\n    description\n    stripeCheckoutSessionId\n    stripePaymentIntentId\n    stripeChargeId\n    stripeTransferId\n    stripeApplicationFeeId\n    failureMessage\n    idempotencyKey\n    paidAt\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      formatted\n    }\n    writerShare {\n      formatted\n    }\n    amountRefunded {\n      amount\n      formatted\n    }\n    refundableAmount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    refunds {\n      id\n      status\n      reason\n      reverseTransfer\n      refundApplicationFee\n      stripeRefundId\n      failureMessage\n      createdAt\n      amount {\n        formatted\n      }\n    }\n    disputes {\n      id\n      stripeDisputeId\n      status\n      reason\n      needsResponse\n      evidenceDueBy\n      createdAt\n      amount {\n        formatted\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PaymentPage_Payment on Payment {\n    id\n    status\n    description\n    stripeCheckoutSessionId\n    stripePaymentIntentId\n    stripeChargeId\n    stripeTransferId\n    stripeApplicationFeeId\n    failureMessage\n    idempotencyKey\n    paidAt\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      formatted\n    }\n    writerShare {\n      formatted\n    }\n    amountRefunded {\n      amount\n      formatted\n    }\n    refundableAmount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    refunds {\n      id\n      status\n      reason\n      reverseTransfer\n      refundApplicationFee\n      stripeRefundId\n      failureMessage\n      createdAt\n      amount {\n        formatted\n      }\n    }\n    disputes {\n      id\n      stripeDisputeId\n      status\n      reason\n      needsResponse\n      evidenceDueBy\n      createdAt\n      amount {\n        formatted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentPage_Load($id: ID!) {\n    payment(id: $id) {\n      ...PaymentPage_Payment\n    }\n  }\n"): (typeof documents)["\n  query PaymentPage_Load($id: ID!) {\n    payment(id: $id) {\n      ...PaymentPage_Payment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentPage_PaymentUpdated {\n    paymentUpdated {\n      ...PaymentPage_Payment\n    }\n  }\n"): (typeof documents)["\n  subscription PaymentPage_PaymentUpdated {\n    paymentUpdated {\n      ...PaymentPage_Payment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsPage_Payments($first: Int!, $after: String, $status: PaymentStatus, $writerId: ID) {\n    payments(first: $first, after: $after, status: $status, writerId: $writerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PaymentsTable_Payment\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsPage_Payments($first: Int!, $after: String, $status: PaymentStatus, $writerId: ID) {\n    payments(first: $first, after: $after, status: $status, writerId: $writerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PaymentsTable_Payment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentsPage_PaymentUpdated {\n    paymentUpdated {\n      ...PaymentsTable_Payment\n    }\n  }\n"): (typeof documents)["\n  subscription PaymentsPage_PaymentUpdated {\n    paymentUpdated {\n      ...PaymentsTable_Payment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentsTable_Payment on Payment {\n    id\n    writerId\n    status\n    description\n    failureMessage\n    stripePaymentIntentId\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      amount\n      formatted\n    }\n    amountRefunded {\n      amount\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    disputes {\n      id\n      status\n      needsResponse\n    }\n  }\n"): (typeof documents)["\n  fragment PaymentsTable_Payment on Payment {\n    id\n    writerId\n    status\n    description\n    failureMessage\n    stripePaymentIntentId\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    applicationFee {\n      amount\n      formatted\n    }\n    amountRefunded {\n      amount\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    disputes {\n      id\n      status\n      needsResponse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPaymentDialog_Refund($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...PaymentPage_Payment\n    }\n  }\n"): (typeof documents)["\n  mutation RefundPaymentDialog_Refund($input: RefundPaymentInput!) {\n    refundPayment(input: $input) {\n      ...PaymentPage_Payment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftPayoutRunDialog_Create($input: CreatePayoutRunInput!) {\n    createPayoutRun(input: $input) {\n      ...PayoutRunsTable_PayoutRun\n    }\n  }\n"): (typeof documents)["\n  mutation DraftPayoutRunDialog_Create($input: CreatePayoutRunInput!) {\n    createPayoutRun(input: $input) {\n      ...PayoutRunsTable_PayoutRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutItemsSection_Items($runId: ID!, $first: Int!, $after: String, $status: PayoutItemStatus) {\n    payoutRun(id: $runId) {\n      id\n      items(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...PayoutItemsTable_Item\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutItemsSection_Items($runId: ID!, $first: Int!, $after: String, $status: PayoutItemStatus) {\n    payoutRun(id: $runId) {\n      id\n      items(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...PayoutItemsTable_Item\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutItemsTable_Item on PayoutItem {\n    id\n    status\n    heldReason\n    failureMessage\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n      stripeAccountId\n    }\n    transfer {\n      id\n      status\n      stripeTransferId\n    }\n  }\n"): (typeof documents)["\n  fragment PayoutItemsTable_Item on PayoutItem {\n    id\n    status\n    heldReason\n    failureMessage\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n      stripeAccountId\n    }\n    transfer {\n      id\n      status\n      stripeTransferId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutRunActions_Approve($id: ID!) {\n    approvePayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutRunActions_Approve($id: ID!) {\n    approvePayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutRunActions_Execute($id: ID!) {\n    executePayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutRunActions_Execute($id: ID!) {\n    executePayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutRunActions_Cancel($id: ID!) {\n    cancelPayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutRunActions_Cancel($id: ID!) {\n    cancelPayoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutRunActions_Retry($id: ID!) {\n    retryPayoutRunItems(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutRunActions_Retry($id: ID!) {\n    retryPayoutRunItems(id: $id) {\n      ...PayoutRunPage_Run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutRunPage_Run on PayoutRun {\n    id\n    status\n    nextStates\n    currency\n    description\n    itemCount\n    heldCount\n    createdAt\n    approvedAt\n    startedAt\n    completedAt\n    updatedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n      formatted\n    }\n    minimumAmount {\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    executedBy {\n      id\n      displayName\n    }\n    progress {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n"): (typeof documents)["\n  fragment PayoutRunPage_Run on PayoutRun {\n    id\n    status\n    nextStates\n    currency\n    description\n    itemCount\n    heldCount\n    createdAt\n    approvedAt\n    startedAt\n    completedAt\n    updatedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n      formatted\n    }\n    minimumAmount {\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    executedBy {\n      id\n      displayName\n    }\n    progress {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutRunPage_Load($id: ID!) {\n    viewer {\n      id\n    }\n    payoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n    platformBalance {\n      available {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutRunPage_Load($id: ID!) {\n    viewer {\n      id\n    }\n    payoutRun(id: $id) {\n      ...PayoutRunPage_Run\n    }\n    platformBalance {\n      available {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PayoutRunPage_Progress($runId: ID!) {\n    payoutRunProgress(runId: $runId) {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n"): (typeof documents)["\n  subscription PayoutRunPage_Progress($runId: ID!) {\n    payoutRunProgress(runId: $runId) {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PayoutRunPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription PayoutRunPage_TopUpUpdated {\n    topUpUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutRunProgressBar_Progress on PayoutRunProgress {\n    runId\n    status\n    itemsDone\n    itemsTotal\n    itemsFailed\n    amountSent {\n      amount\n      currency\n      formatted\n    }\n  }\n"): (typeof documents)["\n  fragment PayoutRunProgressBar_Progress on PayoutRunProgress {\n    runId\n    status\n    itemsDone\n    itemsTotal\n    itemsFailed\n    amountSent {\n      amount\n      currency\n      formatted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutRunsPage_Runs($first: Int!, $after: String, $status: PayoutRunStatus) {\n    payoutRuns(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PayoutRunsTable_PayoutRun\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayoutRunsPage_Runs($first: Int!, $after: String, $status: PayoutRunStatus) {\n    payoutRuns(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PayoutRunsTable_PayoutRun\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PayoutRunsPage_Progress {\n    payoutRunProgress {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n"): (typeof documents)["\n  subscription PayoutRunsPage_Progress {\n    payoutRunProgress {\n      ...PayoutRunProgressBar_Progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutRunsTable_PayoutRun on PayoutRun {\n    id\n    status\n    currency\n    description\n    itemCount\n    heldCount\n    createdAt\n    updatedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n    progress {\n      runId\n      status\n      itemsDone\n      itemsTotal\n      itemsFailed\n      amountSent {\n        amount\n        currency\n        formatted\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PayoutRunsTable_PayoutRun on PayoutRun {\n    id\n    status\n    currency\n    description\n    itemCount\n    heldCount\n    createdAt\n    updatedAt\n    totalAmount {\n      amount\n      currency\n      formatted\n    }\n    heldAmount {\n      amount\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n    progress {\n      runId\n      status\n      itemsDone\n      itemsTotal\n      itemsFailed\n      amountSent {\n        amount\n        currency\n        formatted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WriterPayoutItemsSection_Writer on Writer {\n    displayName\n    payoutItems(first: 10) {\n      totalCount\n      nodes {\n        id\n        runId\n        status\n        heldReason\n        failureMessage\n        createdAt\n        amount {\n          formatted\n        }\n        transfer {\n          id\n          stripeTransferId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WriterPayoutItemsSection_Writer on Writer {\n    displayName\n    payoutItems(first: 10) {\n      totalCount\n      nodes {\n        id\n        runId\n        status\n        heldReason\n        failureMessage\n        createdAt\n        amount {\n          formatted\n        }\n        transfer {\n          id\n          stripeTransferId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedPayoutsCard_Failed {\n    payouts(status: FAILED, first: 5) {\n      totalCount\n      nodes {\n        id\n        failureMessage\n        createdAt\n        amount {\n          formatted\n        }\n        writer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedPayoutsCard_Failed {\n    payouts(status: FAILED, first: 5) {\n      totalCount\n      nodes {\n        id\n        failureMessage\n        createdAt\n        amount {\n          formatted\n        }\n        writer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayoutScheduleDialog_Update($input: UpdatePayoutScheduleInput!) {\n    updatePayoutSchedule(input: $input) {\n      id\n      updatedAt\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayoutScheduleDialog_Update($input: UpdatePayoutScheduleInput!) {\n    updatePayoutSchedule(input: $input) {\n      id\n      updatedAt\n      payoutSchedule {\n        interval\n        delayDays\n        weeklyAnchor\n        monthlyAnchor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutsCard_Writer on Writer {\n    id\n    balance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n    }\n    payoutSchedule {\n      interval\n      delayDays\n      weeklyAnchor\n      monthlyAnchor\n    }\n    payouts(first: 5) {\n      totalCount\n      nodes {\n        id\n        stripePayoutId\n        status\n        arrivalDate\n        failureCode\n        failureMessage\n        whatToDo\n        bankLast4\n        createdAt\n        updatedAt\n        amount {\n          formatted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PayoutsCard_Writer on Writer {\n    id\n    balance {\n      available {\n        amount\n        currency\n        formatted\n      }\n      pending {\n        amount\n        currency\n        formatted\n      }\n    }\n    payoutSchedule {\n      interval\n      delayDays\n      weeklyAnchor\n      monthlyAnchor\n    }\n    payouts(first: 5) {\n      totalCount\n      nodes {\n        id\n        stripePayoutId\n        status\n        arrivalDate\n        failureCode\n        failureMessage\n        whatToDo\n        bankLast4\n        createdAt\n        updatedAt\n        amount {\n          formatted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysSection_Keys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysSection_Keys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysSection_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysSection_Create($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysSection_Revoke($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysSection_Revoke($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMemberDialog_Invite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      id\n      url\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMemberDialog_Invite($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      id\n      url\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembersSection_Team($withInvites: Boolean!) {\n    viewer {\n      id\n    }\n    teamMembers {\n      id\n      email\n      displayName\n      role\n      twoFactorEnabled\n      createdAt\n    }\n    teamInvites @include(if: $withInvites) {\n      id\n      email\n      role\n      expiresAt\n      invitedBy {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMembersSection_Team($withInvites: Boolean!) {\n    viewer {\n      id\n    }\n    teamMembers {\n      id\n      email\n      displayName\n      role\n      twoFactorEnabled\n      createdAt\n    }\n    teamInvites @include(if: $withInvites) {\n      id\n      email\n      role\n      expiresAt\n      invitedBy {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamMembersSection_ChangeRole($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation TeamMembersSection_ChangeRole($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamMembersSection_Remove($id: ID!) {\n    removeTeamMember(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamMembersSection_Remove($id: ID!) {\n    removeTeamMember(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamMembersSection_Revoke($id: ID!) {\n    revokeTeamInvite(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamMembersSection_Revoke($id: ID!) {\n    revokeTeamInvite(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFundsDialog_CreateTopUp($input: CreateTopUpInput!) {\n    createTopUp(input: $input) {\n      ...TopUpsTable_TopUp\n    }\n  }\n"): (typeof documents)["\n  mutation AddFundsDialog_CreateTopUp($input: CreateTopUpInput!) {\n    createTopUp(input: $input) {\n      ...TopUpsTable_TopUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AddFundsDialog_TopUpUpdated {\n    topUpUpdated {\n      ...TopUpsTable_TopUp\n    }\n  }\n"): (typeof documents)["\n  subscription AddFundsDialog_TopUpUpdated {\n    topUpUpdated {\n      ...TopUpsTable_TopUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTopUpDialog_Cancel($id: ID!) {\n    cancelTopUp(id: $id) {\n      ...TopUpsTable_TopUp\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTopUpDialog_Cancel($id: ID!) {\n    cancelTopUp(id: $id) {\n      ...TopUpsTable_TopUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopUpsPage_TopUps($first: Int!, $after: String, $status: TopUpStatus) {\n    topUps(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TopUpsTable_TopUp\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopUpsPage_TopUps($first: Int!, $after: String, $status: TopUpStatus) {\n    topUps(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TopUpsTable_TopUp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TopUpsPage_TopUpUpdated {\n    topUpUpdated {\n      ...TopUpsTable_TopUp\n    }\n  }\n"): (typeof documents)["\n  subscription TopUpsPage_TopUpUpdated {\n    topUpUpdated {\n      ...TopUpsTable_TopUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopUpsTable_TopUp on TopUp {\n    id\n    stripeTopUpId\n    status\n    cancelable\n    description\n    statementDescriptor\n    expectedAvailabilityDate\n    failureCode\n    failureMessage\n    idempotencyKey\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n  }\n"): (typeof documents)["\n  fragment TopUpsTable_TopUp on TopUp {\n    id\n    stripeTopUpId\n    status\n    cancelable\n    description\n    statementDescriptor\n    expectedAvailabilityDate\n    failureCode\n    failureMessage\n    idempotencyKey\n    createdAt\n    updatedAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReversalsTable_Reversal on TransferReversal {\n    id\n    status\n    reason\n    failureMessage\n    stripeReversalId\n    createdAt\n    amount {\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ReversalsTable_Reversal on TransferReversal {\n    id\n    status\n    reason\n    failureMessage\n    stripeReversalId\n    createdAt\n    amount {\n      formatted\n    }\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseTransferDialog_Reverse($input: ReverseTransferInput!) {\n    reverseTransfer(input: $input) {\n      ...TransferPage_Transfer\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseTransferDialog_Reverse($input: ReverseTransferInput!) {\n    reverseTransfer(input: $input) {\n      ...TransferPage_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferPage_Transfer on Transfer {\n    id\n    status\n    description\n    stripeTransferId\n    transferGroup\n    idempotencyKey\n    failureCode\n    failureMessage\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      formatted\n    }\n    reversibleAmount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n      stripeAccountId\n    }\n    createdBy {\n      id\n      displayName\n    }\n    reversals {\n      ...ReversalsTable_Reversal\n    }\n  }\n"): (typeof documents)["\n  fragment TransferPage_Transfer on Transfer {\n    id\n    status\n    description\n    stripeTransferId\n    transferGroup\n    idempotencyKey\n    failureCode\n    failureMessage\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      formatted\n    }\n    reversibleAmount {\n      amount\n      currency\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n      stripeAccountId\n    }\n    createdBy {\n      id\n      displayName\n    }\n    reversals {\n      ...ReversalsTable_Reversal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferPage_Load($id: ID!) {\n    transfer(id: $id) {\n      ...TransferPage_Transfer\n    }\n  }\n"): (typeof documents)["\n  query TransferPage_Load($id: ID!) {\n    transfer(id: $id) {\n      ...TransferPage_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransferPage_TransferUpdated {\n    transferUpdated {\n      ...TransferPage_Transfer\n    }\n  }\n"): (typeof documents)["\n  subscription TransferPage_TransferUpdated {\n    transferUpdated {\n      ...TransferPage_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransfersPage_Transfers($first: Int!, $after: String, $status: TransferStatus, $writerId: ID) {\n    transfers(first: $first, after: $after, status: $status, writerId: $writerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TransfersTable_Transfer\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransfersPage_Transfers($first: Int!, $after: String, $status: TransferStatus, $writerId: ID) {\n    transfers(first: $first, after: $after, status: $status, writerId: $writerId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TransfersTable_Transfer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransfersPage_TransferUpdated {\n    transferUpdated {\n      ...TransfersTable_Transfer\n    }\n  }\n"): (typeof documents)["\n  subscription TransfersPage_TransferUpdated {\n    transferUpdated {\n      ...TransfersTable_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransfersTable_Transfer on Transfer {\n    id\n    writerId\n    status\n    description\n    stripeTransferId\n    failureMessage\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    idempotencyKey\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TransfersTable_Transfer on Transfer {\n    id\n    writerId\n    status\n    description\n    stripeTransferId\n    failureMessage\n    createdAt\n    amount {\n      amount\n      currency\n      formatted\n    }\n    amountReversed {\n      amount\n      formatted\n    }\n    writer {\n      id\n      displayName\n      email\n    }\n    idempotencyKey\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriterFilterChip_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query WriterFilterChip_Writer($id: ID!) {\n    writer(id: $id) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWriterDialog_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AddWriterDialog_CreateWriter($input: CreateWriterInput!) {\n    createWriter(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectAccountDialog_Disconnect($writerId: ID!) {\n    disconnectStripeAccount(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      deauthorized\n      canReceiveTransfers\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectAccountDialog_Disconnect($writerId: ID!) {\n    disconnectStripeAccount(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      deauthorized\n      canReceiveTransfers\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCard_Invite($writerId: ID!) {\n    inviteWriter(writerId: $writerId) {\n      token\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCard_Invite($writerId: ID!) {\n    inviteWriter(writerId: $writerId) {\n      token\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SendFundsDialog_Balance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n    }\n  }\n"): (typeof documents)["\n  query SendFundsDialog_Balance {\n    platformBalance {\n      available {\n        amount\n        currency\n        formatted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SendFundsDialog_TransferUpdated($writerId: ID!) {\n    transferUpdated(writerId: $writerId) {\n      ...TransfersTable_Transfer\n    }\n  }\n"): (typeof documents)["\n  subscription SendFundsDialog_TransferUpdated($writerId: ID!) {\n    transferUpdated(writerId: $writerId) {\n      ...TransfersTable_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendFundsDialog_CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      ...TransfersTable_Transfer\n    }\n  }\n"): (typeof documents)["\n  mutation SendFundsDialog_CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      ...TransfersTable_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncWriterButton_Sync($id: ID!) {\n    syncWriter(id: $id) {\n      id\n      onboardingStatus\n      requirementsDue\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SyncWriterButton_Sync($id: ID!) {\n    syncWriter(id: $id) {\n      id\n      onboardingStatus\n      requirementsDue\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriterPage_Writer($id: ID!, $transfersShown: Int!) {\n    writer(id: $id) {\n      id\n      displayName\n      email\n      country\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      requirements {\n        code\n        description\n      }\n      disabledReason\n      payoutsEnabled\n      transfersCapability\n      canReceiveTransfers\n      deauthorized\n      signedUp\n      createdAt\n      updatedAt\n      onboardingLinks {\n        id\n        createdAt\n        expiresAt\n      }\n      detailsSubmitted\n      allowedActions\n      standing {\n        headline\n        nextStep\n      }\n      ...PayoutsCard_Writer\n      ...WriterEarningsSection_Writer\n      ...WriterPayoutItemsSection_Writer\n      payableBalance {\n        amount\n        currency\n        formatted\n      }\n      transfers(first: $transfersShown) {\n        totalCount\n        nodes {\n          ...TransfersTable_Transfer\n        }\n      }\n      moneySummary: transfers(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          createdAt\n          amount {\n            amount\n            currency\n            formatted\n          }\n          amountReversed {\n            amount\n          }\n        }\n      }\n    }\n    auditTrail(subjectId: $id, first: 10) {\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WriterPage_Writer($id: ID!, $transfersShown: Int!) {\n    writer(id: $id) {\n      id\n      displayName\n      email\n      country\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      requirements {\n        code\n        description\n      }\n      disabledReason\n      payoutsEnabled\n      transfersCapability\n      canReceiveTransfers\n      deauthorized\n      signedUp\n      createdAt\n      updatedAt\n      onboardingLinks {\n        id\n        createdAt\n        expiresAt\n      }\n      detailsSubmitted\n      allowedActions\n      standing {\n        headline\n        nextStep\n      }\n      ...PayoutsCard_Writer\n      ...WriterEarningsSection_Writer\n      ...WriterPayoutItemsSection_Writer\n      payableBalance {\n        amount\n        currency\n        formatted\n      }\n      transfers(first: $transfersShown) {\n        totalCount\n        nodes {\n          ...TransfersTable_Transfer\n        }\n      }\n      moneySummary: transfers(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          createdAt\n          amount {\n            amount\n            currency\n            formatted\n          }\n          amountReversed {\n            amount\n          }\n        }\n      }\n    }\n    auditTrail(subjectId: $id, first: 10) {\n      nodes {\n        id\n        action\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WriterPage_TransferUpdated($writerId: ID!) {\n    transferUpdated(writerId: $writerId) {\n      ...TransfersTable_Transfer\n    }\n  }\n"): (typeof documents)["\n  subscription WriterPage_TransferUpdated($writerId: ID!) {\n    transferUpdated(writerId: $writerId) {\n      ...TransfersTable_Transfer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WriterPage_StatusChanged($writerId: ID!) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      requirements {\n        code\n        description\n      }\n      disabledReason\n      payoutsEnabled\n      transfersCapability\n      canReceiveTransfers\n      deauthorized\n      detailsSubmitted\n      allowedActions\n      standing {\n        headline\n        nextStep\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription WriterPage_StatusChanged($writerId: ID!) {\n    onboardingStatusChanged(writerId: $writerId) {\n      id\n      stripeAccountId\n      accountConnection\n      onboardingStatus\n      requirements {\n        code\n        description\n      }\n      disabledReason\n      payoutsEnabled\n      transfersCapability\n      canReceiveTransfers\n      deauthorized\n      detailsSubmitted\n      allowedActions\n      standing {\n        headline\n        nextStep\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WriterPage_PayoutUpdated($writerId: ID!) {\n    payoutUpdated(writerId: $writerId) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription WriterPage_PayoutUpdated($writerId: ID!) {\n    payoutUpdated(writerId: $writerId) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WritersPage_Writers($first: Int!, $after: String, $status: OnboardingStatus, $search: String) {\n    writers(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        country\n        onboardingStatus\n        requirementsDue\n        stripeAccountId\n        signedUp\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WritersPage_Writers($first: Int!, $after: String, $status: OnboardingStatus, $search: String) {\n    writers(first: $first, after: $after, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        displayName\n        email\n        country\n        onboardingStatus\n        requirementsDue\n        stripeAccountId\n        signedUp\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WritersPage_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n      requirementsDue\n      stripeAccountId\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription WritersPage_StatusChanged {\n    onboardingStatusChanged {\n      id\n      onboardingStatus\n      requirementsDue\n      stripeAccountId\n      updatedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;