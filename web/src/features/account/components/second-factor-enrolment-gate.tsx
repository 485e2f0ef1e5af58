import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useSession } from '../api/get-session';
import { SECURITY_PATH } from '../lib/next-path';

/**
 * An administrator signed in without two-factor authentication may only enrol (the server
 * refuses the rest with second-factor-required), so every other page sends them to set it up.
 */
export function SecondFactorEnrolmentGate({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSession();
  if (
    session.status === 'signed-in' &&
    session.session.secondFactorEnrolmentRequired &&
    location.pathname !== SECURITY_PATH
  ) {
    return <Navigate to={SECURITY_PATH} replace />;
  }
  return children;
}
