import { emptyRequirements, type Account, type AccountSide, type CapabilityStatus } from './account.model';

export interface Capability {
  id: string;
  object: 'capability';
  account: string;
  future_requirements: ReturnType<typeof emptyRequirements>;
  requested: boolean;
  requested_at: number | null;
  requirements: ReturnType<typeof emptyRequirements>;
  status: CapabilityStatus;
}

/** The Capability object for one capability an account requested. */
export function capabilityOf(account: Account, side: AccountSide, name: string): Capability {
  return {
    id: name,
    object: 'capability',
    account: account.id,
    future_requirements: emptyRequirements(),
    requested: true,
    requested_at: side.capabilityRequestedAt[name] ?? account.created,
    requirements: { ...account.requirements },
    status: account.capabilities[name] ?? 'inactive',
  };
}
