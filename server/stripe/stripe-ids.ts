/** Stripe names a related object by id, or embeds it when expanded: its id either way. */
export function stripeIdOf(value: string | { id: string } | null | undefined): string | null {
  return typeof value === 'string' ? value : (value?.id ?? null);
}
