import { adminWithTwoFactor, onboardedWriter } from '../kit/flows';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';
import { type ConsoleBrowser, openBrowser } from './browser';

/**
 * A reader's "Pay for this answer" button in Chromium: the gateway's demo page sends the reader to
 * Stripe's Checkout page, paid there with 4242; Stripe sends them back, where the return page shows what the webhook confirmed, and an
 * admin finds the payment in the console, follows its timeline and refunds part of it.
 */
describe('a reader pays for an answer in the browser', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  let secret: string;

  beforeAll(async () => {
    stack = await startStack({ SEED_DEMO: '0' });
    secret = (await adminWithTwoFactor(stack)).secret;
    await onboardedWriter(stack, { displayName: 'Grace Hopper' });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack.close();
  });

  it('from the button to Stripe’s page, back to a confirmed payment, then refunded in the console', async () => {
    const { page } = browser;
    await page.goto(`${stack.url}/demo/pay`);
    await page.getByRole('button', { name: 'Pay $25.00 for this answer' }).click();
    await page.waitForURL(/\/c\/pay\/cs_/);
    await page.getByLabel('Email').fill('reader@example.com');
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiration (MM / YY)').fill('12 / 34');
    await page.getByLabel('CVC').fill('123');
    await page.getByLabel('Name on card').fill('Ada Reader');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(`${stack.url}/demo/pay/return?session_id=*`);
    await page.getByText('Payment received. The writer has been paid their share.').waitFor();

    await page.goto(`${stack.url}/admin/`);
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByLabel('Authentication code').fill(await totpCode(secret, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByRole('link', { name: 'Payments' }).first().click();
    await page.getByRole('link', { name: '$25.00' }).click();
    await page.getByRole('heading', { level: 1, name: '$25.00 for Grace Hopper' }).waitFor();
    for (const step of ['Checkout Session opened', 'Reader charged', 'Sent to the writer', 'Platform fee collected']) await page.getByText(step).waitFor();

    await page.getByRole('button', { name: 'Refund' }).click();
    await page.getByLabel('Amount to refund').fill('10.00');
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Refund $10.00' }).click();
    await page.getByText('Refunded $10.00 to the reader.').waitFor();
    await page.getByText('Refund of $10.00').waitFor();
    await page.locator('[data-status="PARTIALLY_REFUNDED"]').first().waitFor();
  });
});
