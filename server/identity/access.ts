import { AppError, ErrorCode, forbidden, unauthenticated } from '../errors/errors';
import { ApiKeyScope } from './api-key-scope';
import { Role, type Viewer, isTeamRole } from './viewer';

/** A signed-in person (writer or team member); API keys are refused unless an operation names their scope. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  if (viewer.role === Role.API_KEY) throw forbidden('API keys can only do what their scopes allow; this needs a signed-in person.');
  return viewer;
}

/** Anyone, signed in or not; an API key only with `scope`. */
export function requireScopeIfApiKey(viewer: Viewer | null, scope: ApiKeyScope): Viewer | null {
  if (viewer?.role === Role.API_KEY && !viewer.apiKeyScopes?.includes(scope)) throw forbidden(`This API key does not have the ${scope} scope.`);
  return viewer;
}

/** The team, or an API key with `scope`. */
export function requireTeamOrScope(viewer: Viewer | null, scope: ApiKeyScope): Viewer {
  if (viewer?.role !== Role.API_KEY) return requireTeam(viewer);
  requireScopeIfApiKey(viewer, scope);
  return viewer;
}

/** An API key with `scope`, or a person as `requirePerson` asks. */
export function requireScopeOr(viewer: Viewer | null, scope: ApiKeyScope, requirePerson: (viewer: Viewer | null) => Viewer): Viewer {
  if (viewer?.role === Role.API_KEY) return requireTeamOrScope(viewer, scope);
  return requirePerson(viewer);
}

/** Anyone on the platform's team (ADMIN, FINANCE, VIEWER): they read every writer and every record. */
export function requireTeam(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!isTeamRole(signedIn.role)) throw forbidden('Only the platform team can do this.');
  return signedIn;
}

/** A team member whose role may change things (not VIEWER, who reads only). */
export function requireTeamEditor(viewer: Viewer | null, action = 'This'): Viewer {
  const member = requireTeam(viewer);
  if (member.role === Role.VIEWER) throw forbidden(`${action} needs the Admin or Finance role; viewers can only read.`);
  return member;
}

function requireTwoFactor(viewer: Viewer, action: string): Viewer {
  if (!viewer.twoFactorVerified) {
    throw new AppError(ErrorCode.TwoFactorRequired, `${action} needs two-factor authentication: enrol, then sign in again with your code.`);
  }
  return viewer;
}

/**
 * Adding funds, moving money and handing a writer's account to someone need an ADMIN or
 * FINANCE member whose session was opened with a TOTP code.
 */
export function requireMoneyAdmin(viewer: Viewer | null, action = 'Moving money'): Viewer {
  return requireTwoFactor(requireTeamEditor(viewer, action), action);
}

/** Managing the team (invitations, roles, removals) needs an ADMIN with two-factor. */
export function requireTeamAdmin(viewer: Viewer | null, action = 'Managing the team'): Viewer {
  const member = requireTeam(viewer);
  if (member.role !== Role.ADMIN) throw forbidden(`${action} needs the Admin role.`);
  return requireTwoFactor(member, action);
}

/**
 * Whether the viewer reads every writer's records: the team does, and so does an API key
 * holding `scope` where a read lets one in; anyone else reads only their own.
 */
const seesEveryWriter = (viewer: Viewer, scope?: ApiKeyScope): boolean =>
  isTeamRole(viewer.role) || (scope !== undefined && viewer.apiKeyScopes?.includes(scope) === true);

// The writer id no writer has: a person with no writer record reads no writer's records.
const NO_WRITER = 'none';

/**
 * The writer filter a read of many records applies: for those who see every writer, the writer
 * they name or every writer (undefined); for a writer, themself, and naming another writer is
 * refused with `refusal`. An API key sees every writer only when it holds `scope`; no viewer is
 * unauthenticated.
 */
export function visibleWriterId(viewer: Viewer | null, requested: string | null | undefined, refusal: string, scope?: ApiKeyScope): string | undefined {
  if (!viewer) throw unauthenticated();
  if (seesEveryWriter(viewer, scope)) return requested ?? undefined;
  if (requested && requested !== viewer.writerId) throw forbidden(refusal);
  return viewer.writerId ?? NO_WRITER;
}

/**
 * One writer's record, under the same rule as `visibleWriterId`: seen by those who see every
 * writer, by a writer only when it is their own (else `refusal`); no viewer is unauthenticated.
 */
export function requireSeesWriter(viewer: Viewer | null, writerId: string, refusal: string, scope?: ApiKeyScope): Viewer {
  if (!viewer) throw unauthenticated();
  if (!seesEveryWriter(viewer, scope) && writerId !== viewer.writerId) throw forbidden(refusal);
  return viewer;
}

/** Only a writer, for links that sign in as them: they never go to the team (else `refusal`). */
export function requireWriter(viewer: Viewer, refusal: string): Viewer {
  if (viewer.role !== Role.WRITER) throw forbidden(refusal);
  return viewer;
}
