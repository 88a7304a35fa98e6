import { Repeater } from '@graphql-yoga/subscription';
import { Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireViewer } from '../identity/access';
import type { GatewayContext } from '../graphql/context';

export const HEARTBEAT_INTERVAL_MS = 5000;

function ticks(intervalMs: number) {
  return new Repeater<Date>(async (push, stop) => {
    await push(new Date());
    const timer = setInterval(() => push(new Date()), intervalMs);
    await stop;
    clearInterval(timer);
  });
}

// Each heartbeat holds a timer on the server: only someone signed in may keep one.
function subscribeToTicks({ context }: SubscribeResolverData<unknown, object, GatewayContext>) {
  requireViewer(context.viewer);
  return ticks(HEARTBEAT_INTERVAL_MS);
}

@Resolver()
export class HeartbeatResolver {
  @Subscription(() => Date, {
    subscribe: subscribeToTicks,
    description: 'The server time, at once and then every 5 seconds (signed-in users); consoles use it to show that their live connection works.',
  })
  heartbeat(@Root() at: Date): Date {
    return at;
  }
}
