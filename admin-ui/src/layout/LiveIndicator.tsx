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

/** The last tick, and whether STALE_AFTER_MS has passed since it arrived with no other. */
function useHeartbeat() {
  const [{ data, error }, resubscribe] = useSubscription({ query: LiveIndicator_Heartbeat });
  const tick = data?.heartbeat;
  const [staleTick, setStaleTick] = useState<string | null>(null);
  useEffect(() => {
    if (!tick) return;
    const timer = setTimeout(() => setStaleTick(tick), STALE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [tick]);
  useEffect(() => {
    if (!error) return;
    // The client is lazy: with no live subscription it would never reconnect on its own.
    const timer = setTimeout(() => resubscribe(), RESUBSCRIBE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [error, resubscribe]);
  return { ticked: Boolean(tick), fresh: Boolean(tick) && tick !== staleTick, failed: Boolean(error) };
}

export function LiveIndicator() {
  const heartbeat = useHeartbeat();
  const socketOpen = useSocketOpen();
  const live = socketOpen && !heartbeat.failed && heartbeat.fresh;
  const label = live ? 'Live' : !heartbeat.ticked && !heartbeat.failed ? 'Connecting…' : 'Reconnecting…';
  return (
    <span
      className={`live-indicator ${live ? 'is-live' : ''}`}
      role="status"
      title={live ? 'Updates arrive as Stripe reports them' : 'Reconnecting to live updates'}
    >
      <span className="live-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
