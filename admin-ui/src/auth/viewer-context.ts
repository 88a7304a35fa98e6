import { createContext, useContext } from 'react';
import type { SessionViewer } from '../session';

export const ViewerContext = createContext<SessionViewer | null>(null);

// Viewers read everything and change nothing; the gateway refuses them too, this only spares the attempt.
const MONEY_ROLES = new Set(['ADMIN', 'FINANCE']);

/** Whether the signed-in member may move money and add or invite writers. */
export function useCanAct(): boolean {
  const viewer = useContext(ViewerContext);
  return Boolean(viewer && MONEY_ROLES.has(viewer.role));
}

export const VIEWER_ONLY_REASON = 'Your role on the team is Viewer: you can read everything, and an admin or finance member makes changes.';
