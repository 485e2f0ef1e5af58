import { useQuery, type QueryClient } from '@tanstack/react-query';

import { api, readCookie, unwrap, XSRF_COOKIE } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { Session } from './types';

/** Every query of the signed-in user sits under this key, so sign-out can drop them all. */
export const ACCOUNT_QUERY_KEY = USER_QUERY_KEY;
export const SESSION_QUERY_KEY = [...ACCOUNT_QUERY_KEY, 'session'] as const;

/** The signed-in account, or null when the server says nobody is. */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await unwrap(api.GET('/api/v1/auth/session', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Whether a session may exist. The session cookie is HttpOnly, but the server sets the readable
 * XSRF-TOKEN cookie beside it and clears both at sign-out; without it, asking would only earn a
 * 401 (logged by the browser on every page an anonymous visitor opens).
 */
export function mayHaveSession(): boolean {
  return readCookie(XSRF_COOKIE) !== undefined;
}

/** A 401 `unauthenticated` from an account endpoint: the session ended (expired, signed out elsewhere). */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code !== 'invalid-credentials';
}

/** Records that the session ended, so the pages that need one send the user to sign in. */
export function noteSessionEnded(queryClient: QueryClient, error: unknown): void {
  if (isSessionEnded(error)) queryClient.setQueryData(SESSION_QUERY_KEY, null);
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: Session };

/**
 * Who is signed in. `required` (pages that need an account) asks the server even without the
 * cookie hint; elsewhere an anonymous visitor costs no request.
 */
export function useSession({ required = false }: { required?: boolean } = {}): SessionState {
  const enabled = required || mayHaveSession();
  const query = useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getSession(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
  if (query.data) return { status: 'signed-in', session: query.data };
  if (query.data === null) return { status: 'signed-out' };
  if (query.isError) {
    return { status: 'error', error: query.error, retry: () => void query.refetch() };
  }
  return enabled ? { status: 'loading' } : { status: 'signed-out' };
}

/** How to address the user: the display name, else the email. */
export function sessionName(session: Pick<Session, 'displayName' | 'email'>): string {
  return session.displayName?.trim() || session.email;
}
