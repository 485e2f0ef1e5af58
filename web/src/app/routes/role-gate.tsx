import type { ReactNode } from 'react';

import { useSession } from '@/features/account/api/get-session';
import type { Session } from '@/features/account/api/types';

import type { Role } from '../roles';

interface RoleGateProps {
  roles: readonly Role[];
  /** What the page tells anyone else. */
  notAllowed: { title: string; body: string };
  children: (session: Session) => ReactNode;
}

/**
 * Inside RequireSignIn: shows `children` to the given roles only. The server answers 403 to
 * anyone else; saying so up front spares them a failed request and controls that cannot work.
 */
export function RoleGate({ roles, notAllowed, children }: RoleGateProps) {
  const session = useSession();
  if (session.status !== 'signed-in' || !roles.includes(session.session.role)) {
    return (
      <div className="page-section" data-testid="not-allowed">
        <h2>{notAllowed.title}</h2>
        <p className="page-prose">{notAllowed.body}</p>
      </div>
    );
  }
  return children(session.session);
}
