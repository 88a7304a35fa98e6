import type { Role } from '../gql/graphql';

export const TEAM_ROLES: Role[] = ['ADMIN', 'FINANCE', 'VIEWER'];

export const ROLE_DESCRIPTIONS: Partial<Record<Role, string>> = {
  ADMIN: 'Everything, including managing the team and API keys.',
  FINANCE: 'Adds funds, sends and reverses transfers.',
  VIEWER: 'Reads everything, changes nothing.',
};

export const roleLabel = (role: Role) => role.charAt(0) + role.slice(1).toLowerCase();
