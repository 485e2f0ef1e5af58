import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { ACCOUNT_QUERY_KEY, noteSessionEnded, SESSION_QUERY_KEY } from './get-session';
import type { RecoveryCodes, SecondFactorRequest, TwoFactorSetup, TwoFactorStatus } from './types';

export const TWO_FACTOR_QUERY_KEY = [...ACCOUNT_QUERY_KEY, 'two-factor'] as const;

export function getTwoFactorStatus(signal?: AbortSignal): Promise<TwoFactorStatus> {
  return unwrap(api.GET('/api/v1/users/2fa', { signal }));
}

export function setUpTwoFactor(): Promise<TwoFactorSetup> {
  return unwrap(api.POST('/api/v1/users/2fa/setup'));
}

export function confirmTwoFactor(code: string): Promise<RecoveryCodes> {
  return unwrap(api.POST('/api/v1/users/2fa/confirm', { body: { code } }));
}

/** DELETE answers 204 without a body, so this checks the status instead of unwrapping data. */
export async function disableTwoFactor(request: SecondFactorRequest): Promise<void> {
  let outcome;
  try {
    outcome = await api.DELETE('/api/v1/users/2fa', { body: request });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!outcome.response.ok) throw apiErrorFromResponse(outcome.response, outcome.error);
}

export function useTwoFactorStatus() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: TWO_FACTOR_QUERY_KEY,
    queryFn: async ({ signal }) => {
      try {
        return await getTwoFactorStatus(signal);
      } catch (error) {
        noteSessionEnded(queryClient, error);
        throw error;
      }
    },
  });
}

/** A fresh secret; nothing changes on the account until it is confirmed. */
export function useSetUpTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUpTwoFactor,
    onError: (error) => noteSessionEnded(queryClient, error),
  });
}

/** Turns it on; the session now counts as having a second factor, so it is asked again. */
export function useConfirmTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTwoFactor,
    onError: (error) => noteSessionEnded(queryClient, error),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: TWO_FACTOR_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    onError: (error) => noteSessionEnded(queryClient, error),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: TWO_FACTOR_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
  });
}
