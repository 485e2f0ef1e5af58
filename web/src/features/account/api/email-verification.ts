import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { ACCOUNT_QUERY_KEY, noteSessionEnded } from './get-session';

/** Both answers are empty (202, 204), so these check the status instead of unwrapping data. */
async function ok(request: Promise<{ response: Response; error?: unknown }>): Promise<void> {
  let outcome;
  try {
    outcome = await request;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!outcome.response.ok) throw apiErrorFromResponse(outcome.response, outcome.error);
}

/** Emails the signed-in user another link that confirms the address. */
export function resendVerification(): Promise<void> {
  return ok(api.POST('/api/v1/auth/email-verification'));
}

/** Confirms the address with the token from the emailed link; needs no session. */
export function confirmVerification(token: string): Promise<void> {
  return ok(api.POST('/api/v1/auth/email-verification/confirm', { body: { token } }));
}

export function useResendVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendVerification,
    onError: (error) => noteSessionEnded(queryClient, error),
  });
}

/** On success the session and profile say verified: both are loaded again. */
export function useConfirmVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmVerification,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCOUNT_QUERY_KEY }),
  });
}
