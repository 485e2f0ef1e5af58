import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { apiKeysQueryKey } from './get-api-keys';
import type { ApiKeyList } from './types';

/** DELETE answers 204 without a body, so this checks the status instead of unwrapping data. */
export async function deleteApiKey(id: string): Promise<void> {
  let outcome;
  try {
    outcome = await api.DELETE('/api/v1/users/api-keys/{id}', { params: { path: { id } } });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!outcome.response.ok) throw apiErrorFromResponse(outcome.response, outcome.error);
}

export function useDeleteApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteApiKey,
    onSuccess: (_result, id) => {
      queryClient.setQueryData<ApiKeyList>(apiKeysQueryKey, (list) =>
        list ? { items: list.items.filter((item) => item.id !== id) } : list,
      );
    },
  });
}
