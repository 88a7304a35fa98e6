import { EventEmitter } from 'node:events';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../gql';
import { present } from './checks';
import { DEFAULT_WAIT_TIMEOUT_MS, waitFor } from './wait';

/**
 * What the kit sends: a typed document written with `graphql(…)` from `test/gql` (checked
 * against schema/schema.graphql by `tsc`, its data typed), or a plain string. Strings are for
 * what the schema must refuse — documents too deep, too costly, with unknown fields or wrong
 * variables (query limits, query cost, validation errors) — which codegen would reject before
 * the server could.
 */
export type Operation<TData, TVariables> = TypedDocumentNode<TData, TVariables> | string;

/** Variables of an operation written as a string: anything, as the server sees it. */
export type AnyVariables = Record<string, unknown>;

export interface GraphQLResponse<TData = Record<string, any>> {
  data?: TData | null;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: Array<string | number> }>;
}

export interface GraphQLRequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** The data of a response that must have succeeded; otherwise a failure quoting its errors. */
export function dataOf<TData>(body: GraphQLResponse<TData>): TData {
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return present(body.data, 'data in the GraphQL response');
}

export const queryText = (operation: Operation<unknown, never>): string => (typeof operation === 'string' ? operation : print(operation));

/** One GraphQL operation over HTTP; returns the HTTP status and the parsed body. */
export async function postGraphQL<TData = Record<string, any>, TVariables = AnyVariables>(
  url: string,
  operation: Operation<TData, TVariables>,
  variables: TVariables = {} as TVariables,
  options: GraphQLRequestOptions = {},
): Promise<{ status: number; body: GraphQLResponse<TData> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: queryText(operation), variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<TData> };
}

/**
 * One query as a GraphQL GET (`/graphql?query=…`), with the header Apollo's CSRF prevention
 * asks of a GET so that only a script that could have preflighted it gets an answer.
 */
export async function getGraphQL<TData = Record<string, any>, TVariables = AnyVariables>(
  url: string,
  operation: Operation<TData, TVariables>,
  variables: TVariables = {} as TVariables,
): Promise<{ status: number; body: GraphQLResponse<TData> }> {
  const search = new URLSearchParams({ query: queryText(operation), variables: JSON.stringify(variables) });
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
export function collect<TData = Record<string, any>, TVariables = AnyVariables>(
  client: Client,
  operation: Operation<TData, TVariables>,
  variables: TVariables = {} as TVariables,
) {
  const events: GraphQLResponse<TData>[] = [];
  const changes = new EventEmitter();
  let failure: unknown;
  let completed = false;
  const unsubscribe = client.subscribe<TData>(
    { query: queryText(operation), variables: variables as Record<string, unknown> },
    {
      next: (event) => {
        events.push(event as GraphQLResponse<TData>);
        changes.emit('change');
      },
      error: (error) => {
        failure = error;
        changes.emit('change');
      },
      complete: () => {
        completed = true;
        changes.emit('change');
      },
    },
  );
  const eventsSoFar = () => `${events.length} events so far`;
  const failed = () => (failure instanceof Error ? failure : new Error(`subscription failed: ${JSON.stringify(failure)}`));
  return {
    events,
    get failure() {
      return failure;
    },
    get completed() {
      return completed;
    },
    /** Resolves with the first event that matches, waiting for it if needed. */
    async next(match: (event: GraphQLResponse<TData>) => boolean = () => true, timeoutMs = DEFAULT_WAIT_TIMEOUT_MS) {
      return waitFor(
        () => {
          const event = events.find(match);
          if (event) return event;
          if (failure !== undefined) throw failed();
          if (completed) throw new Error('subscription completed without a matching event');
          return undefined;
        },
        { what: 'a matching subscription event', timeoutMs, changes, context: eventsSoFar },
      );
    },
    /** Resolves once the subscription ends with an error or completes. */
    async settled(timeoutMs = DEFAULT_WAIT_TIMEOUT_MS) {
      await waitFor(() => completed || failure !== undefined, { what: 'the subscription to end', timeoutMs, changes, context: eventsSoFar });
    },
    stop: unsubscribe,
  };
}

const Kit_Heartbeat = graphql(`
  subscription Kit_Heartbeat {
    heartbeat
  }
`);

/**
 * Resolves once the server has processed every subscription opened so far on `client`:
 * messages on one socket are handled in order, so a heartbeat answered (or, signed out,
 * refused) means they are live.
 */
export async function subscriptionsReady(client: Client): Promise<void> {
  const probe = collect(client, Kit_Heartbeat);
  await probe.next();
  probe.stop();
}
