import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type Stripe from 'stripe';
import { onboardedAccount, startTestSandbox, type TestSandbox } from '../sandbox/sandbox.kit';
import { type ConsoleBrowser, openBrowser, screenshot } from './browser';
import { layoutProblems } from './page-checks';

const STEP_TIMEOUT_MS = 60_000;

/** The platform's pages Checkout sends the customer back to. */
function startPlatform(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="en"><title>Back on the platform</title><h1>Thank you</h1><p>${request.url}</p></html>`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** axe-core run through the DevTools protocol: the sandbox pages' CSP forbids injected scripts, as it should. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((violation: any) => ['serious', 'critical'].includes(violation.impact))
      .map((violation: any) => `${violation.id}: ${violation.help}`);
  });
}

describe('the hosted Checkout page in Chromium', () => {
  let kit: TestSandbox;
  let writer: Stripe.Account;
  let platform: { server: Server; url: string };
  let browser: ConsoleBrowser;
  let page: Page;

  beforeAll(async () => {
    kit = await startTestSandbox();
    platform = await startPlatform();
    writer = await onboardedAccount(kit);
    browser = await openBrowser({ width: 390, height: 844 });
    page = browser.page;
  }, STEP_TIMEOUT_MS);
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await kit?.close();
      await new Promise((resolve) => platform?.server.close(resolve));
    }
  });

  const newSession = () =>
    kit.stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price_data: { currency: 'usd', unit_amount: 2500, product_data: { name: 'Answer: how do payouts work?' } }, quantity: 1 }],
      success_url: `${platform.url}/paid?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${platform.url}/answers/7`,
      payment_intent_data: { application_fee_amount: 280, transfer_data: { destination: writer.id } },
    });

  async function payWith(session: Stripe.Checkout.Session, card: string): Promise<void> {
    await page.goto(session.url!);
    await page.getByRole('heading', { level: 1, name: 'Pay Sandbox Platform' }).waitFor();
    await page.getByLabel('Email').fill('reader@example.com');
    await page.getByLabel('Card number').fill(card);
    await page.getByLabel('Expiration (MM / YY)').fill('12 / 34');
    await page.getByLabel('CVC').fill('123');
    await page.getByLabel('Name on card').fill('Jenny Rosen');
    await page.getByRole('button', { name: 'Pay $25.00' }).click();
  }

  const paidUrl = (session: Stripe.Checkout.Session) => `${platform.url}/paid?session=${session.id}`;

  it(
    '4242 4242 4242 4242 pays and lands on the success URL with the session id',
    async () => {
      const session = await newSession();
      await page.goto(session.url!);
      expect(await page.getByRole('row').nth(1).textContent()).toContain('Answer: how do payouts work?');
      expect(await layoutProblems(page)).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'hosted-checkout-01-form');
      await payWith(session, '4242 4242 4242 4242');
      await page.waitForURL(paidUrl(session));
      const paid = await kit.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
      expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', customer_details: { email: 'reader@example.com', name: 'Jenny Rosen' } });
      expect(paid.payment_intent).toMatchObject({ status: 'succeeded', application_fee_amount: 280, transfer_data: { destination: writer.id } });
      await page.goto(session.url!);
      await page.getByRole('heading', { level: 1, name: 'This payment is complete' }).waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    '4000 0000 0000 9995 is declined on the page; the session stays open',
    async () => {
      const session = await newSession();
      await payWith(session, '4000000000009995');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Your card has insufficient funds. Try a different card.');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'hosted-checkout-02-declined');
      const open = await kit.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
      expect(open.status).toBe('open');
      expect(open.payment_intent).toMatchObject({ status: 'requires_payment_method', last_payment_error: { decline_code: 'insufficient_funds' } });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    '4000 0025 0000 3155 asks for authentication on a challenge page, then pays',
    async () => {
      const session = await newSession();
      await payWith(session, '4000002500003155');
      await page.getByRole('heading', { level: 1, name: 'Confirm your payment' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('$25.00');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'hosted-checkout-03-challenge');
      await page.getByRole('button', { name: 'Complete authentication' }).click();
      await page.waitForURL(paidUrl(session));
      const paid = await kit.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
      const charge = (paid.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge;
      expect(charge.payment_method_details?.card?.three_d_secure).toMatchObject({ result: 'authenticated' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'failing the challenge shows why on the Checkout form',
    async () => {
      const session = await newSession();
      await payWith(session, '4000002500003155');
      await page.getByRole('button', { name: 'Fail authentication' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('We are unable to authenticate your payment method.');
      expect((await kit.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the dispute card pays, then opens a dispute',
    async () => {
      const session = await newSession();
      await payWith(session, '4000 0000 0000 0259');
      await page.waitForURL(paidUrl(session));
      const paid = await kit.stripe.checkout.sessions.retrieve(session.id);
      const disputes = await kit.stripe.disputes.list({ payment_intent: paid.payment_intent as string });
      expect(disputes.data).toEqual([expect.objectContaining({ status: 'needs_response', reason: 'fraudulent' })]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'says what to fix, next to each field, and keeps what was typed',
    async () => {
      const session = await newSession();
      await page.goto(session.url!);
      await page.getByLabel('Email').fill('reader@example.com');
      await page.getByLabel('Card number').fill('1234 5678 9012 3456');
      await page.getByLabel('Expiration (MM / YY)').fill('01 / 20');
      await page.getByRole('button', { name: 'Pay $25.00' }).click();
      await page.getByRole('alert').waitFor();
      const cardNumber = page.getByLabel('Card number');
      expect(await cardNumber.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#card_number-error').textContent()).toContain('Your card number is incorrect.');
      expect(await page.locator('#card_expiry-error').textContent()).toContain('in the past');
      expect(await page.locator('#card_cvc-error').textContent()).toContain('incomplete');
      expect(await page.getByLabel('Email').inputValue()).toBe('reader@example.com');
      expect((await kit.stripe.checkout.sessions.retrieve(session.id)).payment_intent).toBeNull();
      await page.getByRole('link', { name: 'Cancel and return to the platform' }).click();
      await page.waitForURL(`${platform.url}/answers/7`);
    },
    STEP_TIMEOUT_MS,
  );
});
