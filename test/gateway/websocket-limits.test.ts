import { first } from '../kit/checks';
import { type SignedInWriter, signUpWriter } from '../kit/flows';
import { collect, webSocketClient } from '../kit/graphql-client';
import { type RawSocket, openRawSocket } from '../kit/raw-socket';
import { type Stack, startStack } from '../kit/stack';

const MAX_SUBSCRIPTIONS = 3;
const MAX_CONNECTIONS = 3;
const HEARTBEAT = 'subscription { heartbeat }';
const from = (address: string) => ({ 'x-forwarded-for': address });

/** Opens sockets until one is acknowledged: the server frees a place once it has seen the close. */
async function acknowledgedWhenFree(open: () => Promise<RawSocket>, attempts = 20) {
  for (let attempt = 1; ; attempt += 1) {
    const answer = await (await open()).init();
    if ('type' in answer || attempt === attempts) return answer;
  }
}

// One WebSocket connection may cost the server no more than one HTTP request can, and one
// client may not hold more of them than it needs.
describe('WebSocket limits', () => {
  let stack: Stack;
  let writer: SignedInWriter;
  const sockets: RawSocket[] = [];
  beforeAll(async () => {
    stack = await startStack({
      TRUST_PROXY: 'loopback',
      WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: String(MAX_SUBSCRIPTIONS),
      WS_MAX_CONNECTIONS_PER_ADDRESS: String(MAX_CONNECTIONS),
    });
    writer = await signUpWriter(stack);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => stack.close());

  const open = async (headers: Record<string, string> = {}) => {
    const socket = await openRawSocket(stack.url, headers);
    sockets.push(socket);
    return socket;
  };

  it('closes the socket (1009) on a 20 MB connection_init instead of acknowledging it', async () => {
    // Written before the socket opens: on a busy machine, building 20 MB after it could outlast
    // the server's wait for connection_init (4408) before the frame even starts.
    const message = JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(20_000_000) } });
    const socket = await open();
    socket.send(message);
    expect(await socket.next()).toEqual({ code: 1009, reason: expect.any(String) });
  });

  it('closes the socket (1009) on any message over 100 kB, as HTTP refuses such a body', async () => {
    const socket = await open();
    expect(await socket.init({ authorization: `Bearer ${writer.token}` })).toEqual({ type: 'connection_ack' });
    socket.send({ id: '1', type: 'subscribe', payload: { query: HEARTBEAT, variables: { padding: 'x'.repeat(110_000) } } });
    expect(await socket.closed).toEqual({ code: 1009, reason: expect.any(String) });
  });

  it('acknowledges a connection_init under the cap', async () => {
    const socket = await open();
    expect(await socket.init({ padding: 'x'.repeat(90_000) })).toEqual({ type: 'connection_ack' });
  });

  it(`closes a connection that starts more than ${MAX_SUBSCRIPTIONS} subscriptions (4429)`, async () => {
    const client = webSocketClient(stack.url, writer.token);
    const live = Array.from({ length: MAX_SUBSCRIPTIONS }, () => collect(client, HEARTBEAT));
    await Promise.all(live.map((subscription) => subscription.next()));
    const oneTooMany = collect(client, HEARTBEAT);
    await oneTooMany.settled();
    expect(oneTooMany.failure).toMatchObject({ code: 4429, reason: `Too many subscriptions on this connection (at most ${MAX_SUBSCRIPTIONS}).` });
    await client.dispose();
  });

  it('counts only the subscriptions still running: a completed one frees its place', async () => {
    const client = webSocketClient(stack.url, writer.token);
    const live = Array.from({ length: MAX_SUBSCRIPTIONS }, () => collect(client, HEARTBEAT));
    await Promise.all(live.map((subscription) => subscription.next()));
    first(live, 'a subscription').stop();
    const replacement = collect(client, HEARTBEAT);
    expect((await replacement.next()).data?.heartbeat).toEqual(expect.any(String));
    expect(live.slice(1).map((subscription) => subscription.failure)).toEqual([undefined, undefined]);
    await client.dispose();
  });

  it(`refuses a ${MAX_CONNECTIONS + 1}th connection from one client address (4429), reading the address as HTTP does`, async () => {
    for (let index = 0; index < MAX_CONNECTIONS; index += 1) expect(await (await open(from('203.0.113.9'))).init()).toEqual({ type: 'connection_ack' });
    const refused = await open(from('203.0.113.9'));
    expect(await refused.closed).toEqual({ code: 4429, reason: `Too many connections from this address (at most ${MAX_CONNECTIONS}).` });
    expect(await (await open(from('203.0.113.10'))).init()).toEqual({ type: 'connection_ack' });
  });

  it('counts an IPv6 client per /64, as the sign-in budgets do', async () => {
    for (let index = 1; index <= MAX_CONNECTIONS; index += 1)
      expect(await (await open(from(`2001:db8:1:2::${index}`))).init()).toEqual({ type: 'connection_ack' });
    expect(await (await open(from('2001:db8:1:2::ffff'))).closed).toMatchObject({ code: 4429 });
  });

  it('gives a closed connection’s place back to its address', async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => open(from('198.51.100.20'))));
    for (const socket of held) expect(await socket.init()).toEqual({ type: 'connection_ack' });
    const freed = first(held, 'a connection');
    freed.close();
    await freed.closed;
    expect(await acknowledgedWhenFree(() => open(from('198.51.100.20')))).toEqual({ type: 'connection_ack' });
  });

  it('refuses heartbeat to an anonymous client (UNAUTHENTICATED)', async () => {
    const client = webSocketClient(stack.url);
    const heartbeat = collect(client, HEARTBEAT);
    await heartbeat.settled();
    const errors = (heartbeat.failure ?? heartbeat.events[0]?.errors) as Array<{ extensions?: { code?: string } }>;
    expect(errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(heartbeat.events.some((event) => event.data?.heartbeat)).toBe(false);
    await client.dispose();
  });

  it('serves heartbeat to a signed-in user', async () => {
    const client = webSocketClient(stack.url, writer.token);
    const heartbeat = collect<{ heartbeat: string }>(client, HEARTBEAT);
    expect(Date.parse((await heartbeat.next()).data!.heartbeat)).toBeGreaterThan(Date.now() - 60_000);
    heartbeat.stop();
    await client.dispose();
  });
});
