import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

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

/**
 * Asks for a reset link. The server answers 202 whatever the email, so success means only
 * "if an account has this email, a link is on its way".
 */
export function requestPasswordReset(email: string): Promise<void> {
  return ok(api.POST('/api/v1/auth/password-reset', { body: { email } }));
}

/** Sets a new password with the token from the emailed link. */
export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return ok(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: ({ token, password }: { token: string; password: string }) =>
      confirmPasswordReset(token, password),
  });
}
