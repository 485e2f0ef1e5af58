import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { noteSessionEnded } from './get-session';
import { watchlistsQueryKey } from './get-watchlists';
import type { WatchlistList } from './types';

/** DELETE answers 204 without a body, so this checks the status instead of unwrapping data. */
export async function deleteWatchlist(id: string): Promise<void> {
  let outcome;
  try {
    outcome = await api.DELETE('/api/v1/users/watchlists/{id}', { params: { path: { id } } });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!outcome.response.ok) throw apiErrorFromResponse(outcome.response, outcome.error);
}

export function useDeleteWatchlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWatchlist,
    onSuccess: async (_result, id) => {
      queryClient.setQueryData<WatchlistList>(watchlistsQueryKey, (lists) =>
        lists ? { items: lists.items.filter((item) => item.id !== id) } : lists,
      );
      // Positions of the others moved up; the server's order is the truth.
      await queryClient.invalidateQueries({ queryKey: watchlistsQueryKey });
    },
    onError: (error) => noteSessionEnded(queryClient, error),
  });
}
