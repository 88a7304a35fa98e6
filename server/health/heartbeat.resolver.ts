import { Repeater } from '@graphql-yoga/subscription';
import { Resolver, Root, Subscription } from 'type-graphql';

export const HEARTBEAT_INTERVAL_MS = 5000;

function ticks(intervalMs: number) {
  return new Repeater<Date>(async (push, stop) => {
    await push(new Date());
    const timer = setInterval(() => push(new Date()), intervalMs);
    await stop;
    clearInterval(timer);
  });
}

@Resolver()
export class HeartbeatResolver {
  @Subscription(() => Date, {
    subscribe: () => ticks(HEARTBEAT_INTERVAL_MS),
    description: 'The server time, at once and then every 5 seconds; consoles use it to show that their live connection works.',
  })
  heartbeat(@Root() at: Date): Date {
    return at;
  }
}
