import { ConfigError, loadConfig } from '../../server/config/config';
import { runGatewayToExit } from '../kit/gateway-process';

describe('configuration', () => {
  it.each([
    ['PORT', 'http', 'PORT: expected a port number from 0 to 65535 (got "http")'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    ['STRIPE_SECRET_KEY', 'pk_test_123', 'STRIPE_SECRET_KEY: expected a Stripe secret key'],
    ['DATABASE_URL', 'mysql://db', 'DATABASE_URL: expected postgres://user@host:5432/db or sqlite:/path/to/file.db'],
    ['REDIS_URL', 'localhost:6379', 'REDIS_URL: expected redis://host:6379 (or rediss:// for TLS)'],
    ['REDIS_CHANNEL_PREFIX', 'has spaces', 'REDIS_CHANNEL_PREFIX: expected letters, digits and . _ : - (at most 64)'],
    ['TRUST_PROXY', 'the-balancer', 'TRUST_PROXY: expected comma-separated proxy addresses or CIDR ranges, or loopback, linklocal, uniquelocal'],
    ['WS_MAX_CONNECTIONS_PER_ADDRESS', '0', 'WS_MAX_CONNECTIONS_PER_ADDRESS: expected a whole number, at least 1 (got "0")'],
    ['WS_MAX_SUBSCRIPTIONS_PER_CONNECTION', 'many', 'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: expected a whole number, at least 1 (got "many")'],
    ['METRICS_TOKEN', 'guessable', 'METRICS_TOKEN: expected at least 24 characters'],
  ])('refuses %s=%s with one line naming it, exit code 1', async (name, value, message) => {
    const { code, stderr } = await runGatewayToExit({ [name]: value });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Invalid configuration: ${message}`);
  });

  it('caps WebSocket use by default, and keeps /metrics on this machine', () => {
    const config = loadConfig({});
    expect(config.webSocket).toEqual({ maxSubscriptionsPerConnection: 100, maxConnectionsPerAddress: 50 });
    expect(config.metricsToken).toBeUndefined();
  });

  it('lists every problem between variables, each concern its own', () => {
    const loading = () => loadConfig({ STRIPE_SECRET_KEY: 'sk_live_abc123', CHECKOUT_MIN_AMOUNT: '500', CHECKOUT_MAX_AMOUNT: '100', NODE_ENV: 'production' });
    expect(loading).toThrow(
      new ConfigError([
        'STRIPE_SECRET_KEY: a live key needs STRIPE_LIVE=1 (use sk_test_… for test mode)',
        'CHECKOUT_MIN_AMOUNT: must not exceed CHECKOUT_MAX_AMOUNT (100)',
        'JWT_SECRET: required when NODE_ENV=production (at least 32 characters)',
      ]),
    );
  });

  it('refuses a plain-http public URL outside localhost, where Stripe would not redirect writers back', async () => {
    const { code, stderr } = await runGatewayToExit({
      PUBLIC_URL: 'http://payouts.example.com',
      STRIPE_API_URL: 'http://127.0.0.1:9',
      STRIPE_WEBHOOK_SECRET: 'whsec_unused',
    });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'Gateway failed to start: PUBLIC_URL must be https (plain http only for localhost with a test key or the sandbox), got http://payouts.example.com',
    );
  });

  it('stops with one line when Redis (REDIS_URL) cannot be reached, rather than serving subscriptions that miss events', async () => {
    const { code, stderr } = await runGatewayToExit({
      REDIS_URL: 'redis://127.0.0.1:9',
      STRIPE_API_URL: 'http://127.0.0.1:9',
      STRIPE_WEBHOOK_SECRET: 'whsec_unused',
    });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Gateway failed to start: could not connect to Redis at redis://127.0.0.1:9 (REDIS_URL): connect ECONNREFUSED 127.0.0.1:9');
  });

  it('refuses a live Stripe key unless STRIPE_LIVE=1', async () => {
    const { code, stderr } = await runGatewayToExit({ STRIPE_SECRET_KEY: 'sk_live_abc123' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Invalid configuration: STRIPE_SECRET_KEY: a live key needs STRIPE_LIVE=1 (use sk_test_… for test mode)');
  });
});
