import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { sweepQueryKey } from './get-sweep';
import { SWEEPS_QUERY_KEY } from './get-sweeps';

/** Cancels a running sweep and deletes it; 204 without a body. */
export async function deleteSweep(id: string): Promise<void> {
  let outcome;
  try {
    outcome = await api.DELETE('/api/v1/sweeps/{id}', { params: { path: { id } } });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!outcome.response.ok) throw apiErrorFromResponse(outcome.response, outcome.error);
}

export function useDeleteSweep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSweep,
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: sweepQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: SWEEPS_QUERY_KEY });
    },
  });
}
