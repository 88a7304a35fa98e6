import DataLoader from 'dataloader';
import type { Actor, ActorsById } from './actor.type';

/**
 * One actor loader per GraphQL context, so the people named by a page of records cost one
 * lookup. It batches but never caches: a WebSocket connection keeps one context for every event.
 */
export class ActorLoaders {
  private readonly byContext = new WeakMap<object, DataLoader<string, Actor | null>>();

  constructor(private readonly actorsById: ActorsById) {}

  for(context: object): DataLoader<string, Actor | null> {
    let loader = this.byContext.get(context);
    if (!loader) {
      loader = new DataLoader((ids) => this.actorsById(ids), { cache: false });
      this.byContext.set(context, loader);
    }
    return loader;
  }
}
