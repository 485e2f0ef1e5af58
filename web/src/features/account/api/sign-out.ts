import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { ACCOUNT_QUERY_KEY, SESSION_QUERY_KEY } from './get-session';

/** Logout answers 204 without a body, so this checks the status instead of unwrapping data. */
export async function signOut(): Promise<void> {
  let outcome;
  try {
    outcome = await api.POST('/api/v1/auth/logout');
  } catch (cause) {
    throw networkError(cause);
  }
  if (!outcome.response.ok) throw apiErrorFromResponse(outcome.response, outcome.error);
}

/** Signs out and forgets everything the account's pages loaded. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ACCOUNT_QUERY_KEY });
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}
