import { networkInterfaces } from 'node:os';
import { type GatewayProcess, spawnGateway } from '../kit/gateway-process';

const METRICS_TOKEN = 'metrics-token-for-the-scraper-0123456789';
const NO_STRIPE = { STRIPE_API_URL: 'http://127.0.0.1:9', STRIPE_WEBHOOK_SECRET: 'whsec_unused' };

/** This machine's address on a network, if it has one: a client there is not on loopback. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((network) => network && !network.internal && network.family === 'IPv4')?.address;

async function readMetrics(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/metrics`, { headers });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), text, authenticate: response.headers.get('www-authenticate') };
}

const errorBody = (code: string) => ({ errors: [{ message: expect.any(String), extensions: { code } }] });

// Metrics describe the platform's traffic and internals: only the operator's scraper reads them.
describe('/metrics', () => {
  describe('without METRICS_TOKEN: this machine only', () => {
    let gateway: GatewayProcess;
    beforeAll(async () => {
      gateway = await spawnGateway({ ...NO_STRIPE, HOST: '0.0.0.0' });
    });
    afterAll(() => gateway.stop());

    it('serves a scraper on loopback', async () => {
      const { status, text } = await readMetrics(gateway.url);
      expect(status).toBe(200);
      expect(text).toMatch(/^payouts_db_queries_total \d+$/m);
    });

    it('refuses a request a proxy on this machine forwarded (403, JSON)', async () => {
      const { status, contentType, text } = await readMetrics(gateway.url, { 'x-forwarded-for': '203.0.113.9' });
      expect({ status, contentType }).toEqual({ status: 403, contentType: expect.stringMatching(/^application\/json/) });
      expect(JSON.parse(text)).toEqual(errorBody('FORBIDDEN'));
    });

    (outsideAddress ? it : it.skip)('refuses a client on the network, whatever it claims (403, JSON)', async () => {
      const url = `http://${outsideAddress}:${new URL(gateway.url).port}`;
      for (const headers of [{}, { 'x-forwarded-for': '127.0.0.1' }] as Array<Record<string, string>>) {
        const { status, text } = await readMetrics(url, headers);
        expect(status).toBe(403);
        expect(JSON.parse(text)).toEqual(errorBody('FORBIDDEN'));
      }
    });
  });

  describe('with METRICS_TOKEN: the bearer of the token only', () => {
    let gateway: GatewayProcess;
    beforeAll(async () => {
      gateway = await spawnGateway({ ...NO_STRIPE, METRICS_TOKEN });
    });
    afterAll(() => gateway.stop());

    it.each([
      ['no token', {}],
      ['a wrong token', { authorization: 'Bearer not-the-metrics-token' }],
      ['the token in another scheme', { authorization: `Basic ${METRICS_TOKEN}` }],
    ])('refuses %s, even on loopback (401, JSON)', async (_name, headers) => {
      const { status, authenticate, text } = await readMetrics(gateway.url, headers);
      expect({ status, authenticate }).toEqual({ status: 401, authenticate: 'Bearer realm="metrics"' });
      expect(JSON.parse(text)).toEqual(errorBody('UNAUTHENTICATED'));
    });

    it('serves the bearer of the token', async () => {
      const { status, text } = await readMetrics(gateway.url, { authorization: `Bearer ${METRICS_TOKEN}` });
      expect(status).toBe(200);
      expect(text).toMatch(/^payouts_db_queries_total \d+$/m);
    });
  });
});
