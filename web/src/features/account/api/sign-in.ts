import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { ACCOUNT_QUERY_KEY, SESSION_QUERY_KEY } from './get-session';
import type { LoginRequest, Session } from './types';

export function signIn(request: LoginRequest): Promise<Session> {
  return unwrap(api.POST('/api/v1/auth/login', { body: request }));
}

/** Signs in; whatever another account left in the cache goes first. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      queryClient.removeQueries({ queryKey: ACCOUNT_QUERY_KEY });
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}
