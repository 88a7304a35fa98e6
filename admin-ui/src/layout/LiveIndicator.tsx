import { useEffect, useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';
import { useSocketOpen } from './socket-status';

const LiveIndicator_Heartbeat = graphql(`
  subscription LiveIndicator_Heartbeat {
    heartbeat
  }
`);

// The gateway ticks every 5 s; two missed ticks mean the live connection is down.
const STALE_AFTER_MS = 12_000;
// A subscription that ended in an error is not resumed by graphql-ws; start it again after this.
const RESUBSCRIBE_AFTER_MS = 2_000;

export function LiveIndicator() {
  const [lastTickMs, setLastTickMs] = useState<number | null>(null);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [{ data, error }, resubscribe] = useSubscription({ query: LiveIndicator_Heartbeat });
  const tick = data?.heartbeat;
  useEffect(() => {
    if (tick) setLastTickMs(Date.now());
  }, [tick]);
  useEffect(() => {
    if (!error) return;
    // The client is lazy: with no live subscription it would never reconnect on its own.
    const timer = setTimeout(() => resubscribe(), RESUBSCRIBE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [error, resubscribe]);
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), 2_000);
    return () => clearInterval(timer);
  }, []);
  const socketOpen = useSocketOpen();
  const live = socketOpen && !error && lastTickMs !== null && nowMs - lastTickMs < STALE_AFTER_MS;
  const label = live ? 'Live' : lastTickMs === null && !error ? 'Connecting…' : 'Reconnecting…';
  return (
    <span className={`live-indicator ${live ? 'is-live' : ''}`} role="status" title={live ? 'Updates arrive as Stripe reports them' : 'Reconnecting to live updates'}>
      <span className="live-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
