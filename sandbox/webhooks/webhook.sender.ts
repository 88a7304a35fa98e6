import http from 'node:http';
import https from 'node:https';

export interface SendOutcome {
  statusCode: number | null;
  error: string | null;
}

/** POSTs one signed event; never rejects: a network failure is an outcome like a 500. */
export function postEvent(url: string, payload: string, signature: string, options: { timeoutMs: number; signal: AbortSignal }): Promise<SendOutcome> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(payload),
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Stripe-Signature': signature,
          Accept: '*/*; q=0.5, application/xml',
          'Cache-Control': 'no-cache',
        },
        timeout: options.timeoutMs,
        signal: options.signal,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ statusCode: response.statusCode ?? null, error: null }));
        response.on('error', (error) => resolve({ statusCode: response.statusCode ?? null, error: error.message }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', (error) => resolve({ statusCode: null, error: error.message }));
    request.end(payload);
  });
}
