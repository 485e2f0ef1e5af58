import { useSession } from '@/features/account/api/get-session';
import type { Session } from '@/features/account/api/types';

export type Role = Session['role'];

/** Who may open the administration pages: support staff read, administrators also change. */
export const STAFF: readonly Role[] = ['ADMIN', 'SUPPORT'];
export const ADMINISTRATORS: readonly Role[] = ['ADMIN'];

/** The signed-in account's role, or undefined while nobody is (or it is still loading). */
export function useRole(): Role | undefined {
  const session = useSession();
  return session.status === 'signed-in' ? session.session.role : undefined;
}
