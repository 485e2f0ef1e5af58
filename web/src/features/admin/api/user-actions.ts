import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, unwrapEmpty } from '@/lib/api/client';

import { USERS_QUERY_KEY } from './get-users';
import type { Role, StaffAccount, Tier } from './types';

const byId = (id: string) => ({ params: { path: { id } } });

/** Sets role and tier; the server ends the account's sessions so the new role applies. */
export function changeRole(id: string, role: Role, tier: Tier): Promise<StaffAccount> {
  return unwrap(api.PUT('/api/v1/accounts/{id}/role', { ...byId(id), body: { role, tier } }));
}

/** Signs the account out everywhere, stops its API keys and refuses its sign-ins. */
export function lockUser(id: string): Promise<StaffAccount> {
  return unwrap(api.PUT('/api/v1/accounts/{id}/lock', byId(id)));
}

/** Lets the account sign in again, failed sign-ins forgotten. */
export function unlockUser(id: string): Promise<StaffAccount> {
  return unwrap(api.DELETE('/api/v1/accounts/{id}/lock', byId(id)));
}

/** Ends every session of the account; answers 204 without a body. */
export function endSessions(id: string): Promise<void> {
  return unwrapEmpty(api.DELETE('/api/v1/accounts/{id}/sessions', byId(id)));
}

export type UserAction =
  | { kind: 'role'; role: Role; tier: Tier }
  | { kind: 'lock' }
  | { kind: 'unlock' }
  | { kind: 'end-sessions' };

function perform(id: string, action: UserAction): Promise<unknown> {
  switch (action.kind) {
    case 'role':
      return changeRole(id, action.role, action.tier);
    case 'lock':
      return lockUser(id);
    case 'unlock':
      return unlockUser(id);
    case 'end-sessions':
      return endSessions(id);
  }
}

/** One administrator's action on one account; the list is read again after it. */
export function useUserAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: UserAction) => perform(id, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
