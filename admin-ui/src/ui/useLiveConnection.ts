import { useEffect, useReducer } from 'react';
import { type OperationContext, useClient } from 'urql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { type LiveRecord, type Pushed, collectNewest, liveRows, withNewest } from './live';
import type { LiveFeed } from './live-feed';
import { useRefetchOnEvent } from './useRefetchOnEvent';

type Reexecute = (context?: Partial<OperationContext>) => void;

/** A listed record: lists are newest first. */
export type ListedRecord = LiveRecord & { createdAt: string };

/**
 * How a list follows its records live. Feeds are module constants: a new one on every render
 * would subscribe again on every render.
 */
export interface LiveList<TRow extends ListedRecord> {
  /** Whole rows pushed: listed rows take the newer version; on the first page, new ones that `belongs` accepts join at the top. */
  rows?: { feed: LiveFeed<TRow>; belongs: (row: TRow) => boolean };
  /** Parts of rows pushed: listed rows take them; on the first page, a record the list does not show yet makes it read again. */
  changes?: LiveFeed<Partial<TRow> & LiveRecord>;
  /** Something else pushed that adds rows (a money change writes an audit entry): the first page reads again. */
  events?: LiveFeed<LiveRecord>;
}

interface Pushes<TRecord> {
  /** The newest version of every record pushed so far, by id. */
  newest: Pushed<TRecord>;
  /** The record pushed last: a new object with every event. */
  latest?: TRecord;
}

function collect<TRecord extends LiveRecord>(pushes: Pushes<TRecord>, record: TRecord): Pushes<TRecord> {
  return { newest: collectNewest(pushes.newest, record), latest: record };
}

/** What `feed` pushed while it was followed; no feed, nothing. */
function usePushes<TRecord extends LiveRecord>(feed: LiveFeed<TRecord> | undefined, following = true): Pushes<TRecord> {
  const client = useClient();
  const [pushes, push] = useReducer(collect<TRecord>, { newest: undefined });
  useEffect(() => {
    if (feed && following) return feed.follow(client, push);
  }, [client, feed, following]);
  return pushes;
}

interface LivePage {
  onFirstPage: boolean;
  reexecute: Reexecute;
}

/**
 * A page of a list kept current: its rows merged with what subscriptions push, read again when
 * they push what it cannot merge, and after the socket comes back (events pushed meanwhile were
 * lost). `pushed` holds the whole rows pushed so far, for a page that shows one beside the list.
 */
export function useLiveConnection<TRow extends ListedRecord>(nodes: TRow[] | undefined, live: LiveList<TRow>, { onFirstPage, reexecute }: LivePage) {
  useRefetchOnReconnect(reexecute);
  const wholeRows = usePushes(live.rows?.feed);
  const changes = usePushes(live.changes);
  // Beyond the first page no event can add a row: nothing to follow.
  const events = usePushes(live.events, onFirstPage);
  // Keyed by which records are missing, not by event: a run pushing progress twice a second
  // while the filters hide it must not read the list twice a second.
  const unlistedIds = onFirstPage && nodes ? Object.keys(changes.newest ?? {}).filter((id) => !nodes.some((row) => row.id === id)) : [];
  useRefetchOnEvent(unlistedIds.sort().join(' ') || null, reexecute);
  useRefetchOnEvent(events.latest, reexecute);
  const changed = nodes?.map((row) => withNewest(row, changes.newest)) ?? [];
  const belongs = live.rows?.belongs;
  const rows = nodes && belongs ? liveRows(changed, wholeRows.newest, (row) => onFirstPage && belongs(row)) : changed;
  return { rows, pushed: wholeRows.newest };
}
