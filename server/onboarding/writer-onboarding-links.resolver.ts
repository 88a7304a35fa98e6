import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../graphql/context';
import { Writer } from '../writers/writer.entity';
import type { OnboardingService } from './onboarding.service';
import { IssuedOnboardingLink } from './onboarding.types';

const LINKS_SHOWN = 10;

/** `Writer.onboardingLinks`: whoever may see the writer sees that links were issued. Batched per request. */
@Resolver(() => Writer)
export class WriterOnboardingLinksResolver {
  private readonly loaders = new WeakMap<object, DataLoader<string, IssuedOnboardingLink[]>>();

  constructor(private readonly onboarding: OnboardingService) {}

  @FieldResolver(() => [IssuedOnboardingLink], {
    description: `The latest onboarding links issued to the writer (at most ${LINKS_SHOWN}), newest first; never their URLs.`,
  })
  onboardingLinks(@Root() writer: Writer, @Ctx() context: GatewayContext): Promise<IssuedOnboardingLink[]> {
    let loader = this.loaders.get(context);
    if (!loader) {
      loader = new DataLoader((writerIds) => this.onboarding.issuedLinks(writerIds, LINKS_SHOWN), { cache: false });
      this.loaders.set(context, loader);
    }
    return loader.load(writer.id);
  }
}
