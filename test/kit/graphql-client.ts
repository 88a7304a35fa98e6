import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<TData = Record<string, any>> {
  data?: TData | null;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: Array<string | number> }>;
}

export interface GraphQLRequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** One GraphQL operation over HTTP; returns the HTTP status and the parsed body. */
export async function postGraphQL<TData = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphQLRequestOptions = {},
): Promise<{ status: number; body: GraphQLResponse<TData> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<TData> };
}

/**
 * One query as a GraphQL GET (`/graphql?query=…`), with the header Apollo's CSRF prevention
 * asks of a GET so that only a script that could have preflighted it gets an answer.
 */
export async function getGraphQL<TData = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: GraphQLResponse<TData> }> {
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const response = await fetch(`${url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<TData> };
}

/** A graphql-ws client authenticated through `connectionParams`, as the console does. */
export function webSocketClient(url: string, token?: string): Client {
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Collects what a subscription delivers until `stop()`; `next()` awaits the next event. */
export function collect<TData = Record<string, any>>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: GraphQLResponse<TData>[] = [];
  const waiters: Array<() => void> = [];
  let failure: unknown;
  let completed = false;
  const wake = () => waiters.splice(0).forEach((resolve) => resolve());
  const unsubscribe = client.subscribe<TData>(
    { query, variables },
    {
      next: (event) => {
        events.push(event as GraphQLResponse<TData>);
        wake();
      },
      error: (error) => {
        failure = error;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  async function waitFor(predicate: () => boolean, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (failure) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
      const remainingMs = deadline - Date.now();
      if (remainingMs <= 0) throw new Error(`subscription: nothing after ${timeoutMs} ms (${events.length} events so far)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remainingMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
  return {
    events,
    get failure() {
      return failure;
    },
    get completed() {
      return completed;
    },
    /** Resolves with the first event that matches, waiting for it if needed. */
    async next(match: (event: GraphQLResponse<TData>) => boolean = () => true, timeoutMs = 10000) {
      await waitFor(() => events.some(match) || completed, timeoutMs);
      const found = events.find(match);
      if (!found) throw new Error('subscription completed without a matching event');
      return found;
    },
    /** Resolves once the subscription ends with an error or completes. */
    async settled(timeoutMs = 10000) {
      await waitFor(() => completed || failure !== undefined, timeoutMs).catch((error) => {
        if (error !== failure) throw error;
      });
    },
    stop: unsubscribe,
  };
}

/**
 * Resolves once the server has processed every subscription opened so far on `client`:
 * messages on one socket are handled in order, so a heartbeat answered (or, signed out,
 * refused) means they are live.
 */
export async function subscriptionsReady(client: Client): Promise<void> {
  const probe = collect(client, 'subscription { heartbeat }');
  await probe.next();
  probe.stop();
}
