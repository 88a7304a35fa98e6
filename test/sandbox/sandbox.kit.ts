import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../sandbox/sandbox.server';
import { present } from '../kit/checks';
import { DEFAULT_WAIT_TIMEOUT_MS, waitFor } from '../kit/wait';

export const TEST_KEY = 'sk_test_sandbox_kit';

export interface TestSandbox {
  sandbox: SandboxHandle;
  stripe: Stripe;
  /** A client acting on a connected account (`Stripe-Account`). */
  stripeFor(accountId: string): Stripe;
  control<T = Record<string, unknown>>(method: string, path: string, params?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export function stripeClient(sandbox: SandboxHandle, options: { stripeAccount?: string; timeout?: number } = {}): Stripe {
  return new Stripe(TEST_KEY, {
    host: '127.0.0.1',
    port: sandbox.port,
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
    ...options,
  });
}

/** Calls the control API with a JSON body; rejects on a non-2xx answer. */
export async function callControl<T>(sandbox: SandboxHandle, method: string, path: string, params?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: params ? { 'Content-Type': 'application/json' } : {},
    body: params ? JSON.stringify(params) : undefined,
  });
  const body = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ settleDelaySeconds: 5, webhookRetryBaseMs: 20, webhookTimeoutMs: 1000, ...options });
  return {
    sandbox,
    stripe: stripeClient(sandbox),
    stripeFor: (stripeAccount) => stripeClient(sandbox, { stripeAccount }),
    control: (method, path, params) => callControl(sandbox, method, path, params),
    close: () => sandbox.close(),
  };
}

/** An Express account that finished onboarding, so transfers can reach it. */
export async function onboardedAccount(kit: TestSandbox, email = 'writer@example.com'): Promise<Stripe.Account> {
  const account = await kit.stripe.accounts.create({
    type: 'express',
    email,
    capabilities: { transfers: { requested: true } },
    tos_acceptance: { service_agreement: 'recipient' },
  });
  return kit.control<Stripe.Account>('POST', `/_sandbox/accounts/${account.id}/complete_onboarding`);
}

/** Adds `amount` to the platform's available balance through a settled top-up. */
export async function fundPlatform(kit: TestSandbox, amount: number, currency = 'usd'): Promise<Stripe.Topup> {
  const topup = await kit.stripe.topups.create({ amount, currency, source: 'btok_us_verified' });
  return kit.control<Stripe.Topup>('POST', `/_sandbox/topups/${topup.id}/settle`);
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: string;
  event: Stripe.Event;
}

/** A tiny local endpoint that records what it receives and answers with a chosen status. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Statuses to answer with, in order; 200 once they run out. */
  statuses: number[] = [];
  private server?: Server;
  private readonly changes = new EventEmitter();

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let rawBody = '';
      request.on('data', (chunk) => (rawBody += chunk));
      request.on('end', () => {
        this.received.push({ headers: request.headers, rawBody, event: JSON.parse(rawBody) as Stripe.Event });
        response.writeHead(this.statuses.shift() ?? 200).end();
        this.changes.emit('change');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/webhooks`;
  }

  /** Resolves once `predicate` holds for the received webhooks (fails after `timeoutMs`). */
  async waitFor(predicate: (received: ReceivedWebhook[]) => boolean, timeoutMs = DEFAULT_WAIT_TIMEOUT_MS): Promise<ReceivedWebhook[]> {
    return waitFor(() => this.received, {
      until: predicate,
      timeoutMs,
      changes: this.changes,
      what: 'the webhooks expected',
      context: () => `received: ${this.received.map((item) => item.event.type).join(', ')}`,
    });
  }

  /** Waits for an event of `type` about `objectId` (its `data.object` id, or the account it happened on) and returns it. */
  async waitForEvent(type: string, objectId?: string): Promise<Stripe.Event> {
    const matches = (event: Stripe.Event) =>
      event.type === type && (!objectId || (event.data.object as { id?: string }).id === objectId || event.account === objectId);
    const received = await this.waitFor((items) => items.some((item) => matches(item.event)));
    return present(received.map((item) => item.event).findLast(matches), `a ${type} event`);
  }

  eventsOfType(type: string): Stripe.Event[] {
    return this.received.map((item) => item.event).filter((event) => event.type === type);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
