import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { ACCOUNT_QUERY_KEY, SESSION_QUERY_KEY } from './get-session';
import type { LoginRequest, SecondFactorChallenge, SecondFactorRequest, Session } from './types';

/** What the password step leads to: a session, or a wait for the second factor (HTTP 202). */
export type SignInOutcome =
  | { status: 'signed-in'; session: Session }
  | { status: 'second-factor'; challenge: SecondFactorChallenge };

export async function signIn(request: LoginRequest): Promise<SignInOutcome> {
  const answer = await unwrap(api.POST('/api/v1/auth/login', { body: request }));
  return 'secondFactor' in answer
    ? { status: 'second-factor', challenge: answer }
    : { status: 'signed-in', session: answer };
}

/** Completes a sign-in that answered 202 with a code or a recovery code. */
export function completeSignIn(request: SecondFactorRequest): Promise<Session> {
  return unwrap(api.POST('/api/v1/auth/login/2fa', { body: request }));
}

/** Whatever another account left in the cache goes first. */
function startSession(queryClient: QueryClient, session: Session) {
  queryClient.removeQueries({ queryKey: ACCOUNT_QUERY_KEY });
  queryClient.setQueryData(SESSION_QUERY_KEY, session);
}

/** Signs in with email and password; with two-factor authentication, only halfway. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (outcome) => {
      if (outcome.status === 'signed-in') startSession(queryClient, outcome.session);
    },
  });
}

/** The second step of a two-factor sign-in. */
export function useCompleteSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeSignIn,
    onSuccess: (session) => startSession(queryClient, session),
  });
}
