/**
 * Our status for one Stripe reports, where ours are Stripe's in capitals (`in_transit` is
 * IN_TRANSIT): `aliases` names the Stripe statuses that fold into one of ours, and one this
 * version does not know yet (Stripe adds statuses over time) reads as `unknown` instead of failing.
 */
export function statusFromStripe<S extends string>(
  ours: Readonly<Record<string, S>>,
  reported: string | null,
  unknown: NoInfer<S>,
  aliases: Readonly<Partial<Record<string, NoInfer<S>>>> = {},
): S {
  const status = aliases[reported ?? ''] ?? (reported ?? '').toUpperCase();
  return (Object.values(ours) as string[]).includes(status) ? (status as S) : unknown;
}
