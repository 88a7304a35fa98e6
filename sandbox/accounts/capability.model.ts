import { emptyRequirements, type Account, type AccountSide } from './account.model';

export interface Capability {
  id: string;
  object: 'capability';
  account: string;
  future_requirements: ReturnType<typeof emptyRequirements>;
  requested: boolean;
  requested_at: number | null;
  requirements: ReturnType<typeof emptyRequirements>;
  status: 'active' | 'inactive' | 'pending' | 'unrequested';
}

/** The Capability object for one capability of an account, requested or not. */
export function capabilityOf(account: Account, side: AccountSide, name: string): Capability {
  const status = account.capabilities[name];
  return {
    id: name,
    object: 'capability',
    account: account.id,
    future_requirements: emptyRequirements(),
    requested: status !== undefined,
    requested_at: status === undefined ? null : (side.capabilityRequestedAt[name] ?? account.created),
    requirements: status === undefined ? emptyRequirements() : { ...account.requirements },
    status: status ?? 'unrequested',
  };
}
