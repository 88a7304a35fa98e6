import { join } from 'node:path';
import type Stripe from 'stripe';
import { waitFor } from '../kit/wait';
import { loadResponseValidator } from './openapi.validator';
import { onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';
import { createCliRunner, isListed, type CliRun } from './stripe-cli.kit';

/**
 * Stripe's own tools as the judge: every in-scope trigger the CLI (1.52) ships, and Stripe's
 * fixture files for the events it ships none for, run against a sandbox as they are, card
 * payments included (`pm_card_bypassPending` funds the transfers and payouts that follow).
 */
const TOP_UP_SETTLE_SECONDS = 3600;
const FIXTURES = join(__dirname, 'fixtures');

interface Run {
  name: string;
  args: string[];
  event: string;
  /** Top-ups, payouts and SEPA debits complete as sandbox time passes (as days pass on Stripe). */
  thenAdvanceClock?: boolean;
  /** The fixture's `charge` step needs a connected account that can receive transfers. */
  needsDestination?: boolean;
}

const trigger = (event: string, options: Omit<Run, 'name' | 'args' | 'event'> = {}): Run => ({
  name: `stripe trigger ${event}`,
  args: ['trigger', event],
  event,
  ...options,
});

const fixture = (file: string, event: string, options: Omit<Run, 'name' | 'args' | 'event'> = {}): Run => ({
  name: `stripe fixtures ${file}`,
  args: ['fixtures', join(FIXTURES, file)],
  event,
  ...options,
});

const RUNS: Run[] = [
  trigger('account.updated'),
  trigger('account.application.deauthorized'),
  trigger('topup.created'),
  trigger('balance.available'),
  trigger('transfer.created'),
  trigger('transfer.updated'),
  trigger('transfer.reversed'),
  trigger('payout.created'),
  trigger('payout.updated'),
  trigger('customer.created'),
  trigger('payment_intent.created'),
  trigger('payment_intent.succeeded'),
  trigger('payment_intent.payment_failed'),
  trigger('charge.succeeded'),
  trigger('charge.refunded'),
  trigger('charge.dispute.created'),
  trigger('checkout.session.completed'),
  trigger('checkout.session.expired'),
  trigger('checkout.session.async_payment_succeeded', { thenAdvanceClock: true }),
  fixture('more-triggers-connect/capability.updated.json', 'capability.updated'),
  fixture('wave1-pr19-connect-resources/capability.updated.json', 'capability.updated'),
  fixture('more-triggers-connect/person.created.json', 'person.created'),
  fixture('wave1-pr19-connect-resources/person.created.json', 'person.created'),
  fixture('more-triggers-connect/account.external_account.created.json', 'account.external_account.created'),
  fixture('wave1-pr19-connect-resources/account.external_account.created.json', 'account.external_account.created'),
  fixture('more-triggers-connect/topup.succeeded.json', 'topup.succeeded', { thenAdvanceClock: true }),
  fixture('more-triggers-connect/payout.paid.json', 'payout.paid', { thenAdvanceClock: true }),
  fixture('wave1-pr12-application-fee/application_fee.created.json', 'application_fee.created', { needsDestination: true }),
  fixture('wave1-pr12-application-fee/application_fee.refunded.json', 'application_fee.refunded', { needsDestination: true }),
];

let kit: TestSandbox;
let runCli: (args: string[]) => Promise<CliRun>;
const receiver = new WebhookReceiver();

beforeAll(async () => {
  kit = await startTestSandbox({ settleDelaySeconds: TOP_UP_SETTLE_SECONDS, recordResponses: true });
  runCli = createCliRunner(kit);
  const url = await receiver.start();
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'] });
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'], connect: true });
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

/** Once no delivery is pending, every event so far has reached the receiver. */
async function allDelivered(): Promise<void> {
  const pending = async () =>
    (await kit.control<{ counts: { webhook_deliveries_pending: number } }>('GET', '/_sandbox/state')).counts.webhook_deliveries_pending;
  await waitFor(pending, { until: (count) => count === 0, what: 'no webhook delivery pending' });
}

test.each(RUNS.map((run) => [run.name, run] as const))('%s succeeds and its event is in GET /v1/events', async (_name, run) => {
  await allDelivered();
  const seenBefore = receiver.received.length;
  // The fixture's placeholder for "your Connect account", filled in as its `required_params` ask.
  const destination = run.needsDestination ? ['--override', `charge:transfer_data.destination=${(await onboardedAccount(kit)).id}`] : [];
  const result = await runCli([...run.args, ...destination]);
  expect(result).toMatchObject({ exitCode: 0 });
  if (run.thenAdvanceClock) await kit.control('POST', '/_sandbox/clock/advance', { seconds: TOP_UP_SETTLE_SECONDS });
  const isNew = (item: { event: Stripe.Event }, index: number) => index >= seenBefore && item.event.type === run.event;
  const received = await receiver.waitFor((items) => items.some(isNew));
  const event = received.find(isNew)!.event;
  expect(await isListed(kit, event)).toBe(true);
});

test('every answer the CLI got, and every event it caused, conforms to the OpenAPI subset', () => {
  const validator = loadResponseValidator();
  // Stripe publishes no `payment_pages` operations (its Checkout page's own API); their answers are sessions.
  const isPaymentPage = (template: string) => template.startsWith('/v1/payment_pages/');
  const problems = kit.sandbox.recordedResponses.flatMap((response) =>
    (isPaymentPage(response.template) && response.status === 200
      ? validator.validateObject(response.body as { object: string })
      : validator.validate(response.method, response.template, response.status, response.body)
    ).map((problem) => `${response.method} ${response.template}: ${problem}`),
  );
  for (const { event } of receiver.received) {
    problems.push(...validator.validateObject(event).map((problem) => `${event.type}: ${problem}`));
    problems.push(...validator.validateObject(event.data.object as { object: string }).map((problem) => `${event.type} data.object: ${problem}`));
  }
  expect(problems).toEqual([]);
});
