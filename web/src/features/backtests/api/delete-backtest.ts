import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { backtestQueryKey } from './get-backtest';
import { BACKTESTS_QUERY_KEY } from './get-backtests';

/** DELETE answers 204 without a body, so this checks the status instead of unwrapping data. */
export async function deleteBacktest(id: string): Promise<void> {
  let outcome;
  try {
    outcome = await api.DELETE('/api/v1/backtests/{id}', { params: { path: { id } } });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!outcome.response.ok) throw apiErrorFromResponse(outcome.response, outcome.error);
}

export function useDeleteBacktest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBacktest,
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: backtestQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: BACKTESTS_QUERY_KEY });
    },
  });
}
