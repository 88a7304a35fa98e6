import type { AuthChecker } from 'type-graphql';
import type { GatewayContext } from '../graphql/context';
import { forbidden, unauthenticated } from '../errors/errors';
import type { Role } from '../identity/viewer';

// `@Authorized(Role.ADMIN)`: anonymous callers are UNAUTHENTICATED, signed-in users without
// the role are FORBIDDEN (type-graphql would otherwise answer a generic UNAUTHORIZED).
export const authChecker: AuthChecker<GatewayContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};
