import type { Client, TypedDocumentNode } from 'urql';

/** A subscription the console follows, read as the record each of its events carries. */
export interface LiveFeed<TRecord> {
  /** Follows it through `client`, handing over every record pushed; returns how to stop. */
  follow(client: Client, onRecord: (record: TRecord) => void): () => void;
}

/** A subscription without arguments, and where its events keep the record. */
export function liveFeed<TEvent, TRecord>(
  subscription: TypedDocumentNode<TEvent, Record<string, never>>,
  recordOf: (event: TEvent) => TRecord,
): LiveFeed<TRecord> {
  return {
    follow(client, onRecord) {
      return client.subscription(subscription, {}).subscribe((result) => {
        if (result.data) onRecord(recordOf(result.data));
      }).unsubscribe;
    },
  };
}

/** Several subscriptions followed as one: an audit entry follows from any money change. */
export function anyOf<TRecord>(...feeds: LiveFeed<TRecord>[]): LiveFeed<TRecord> {
  return {
    follow(client, onRecord) {
      const stops = feeds.map((feed) => feed.follow(client, onRecord));
      return () => stops.forEach((stop) => stop());
    },
  };
}
