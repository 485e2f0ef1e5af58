import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { apiKeysQueryKey } from './get-api-keys';
import type { ApiKeyList, ApiKeyRequest, IssuedApiKey } from './types';

/** Answers the key itself this once; the server keeps only its hash. */
export function createApiKey(request: ApiKeyRequest): Promise<IssuedApiKey> {
  return unwrap(api.POST('/api/v1/users/api-keys', { body: request }));
}

/**
 * Creates a key. Only the stored view goes into the query cache; the key itself stays with the
 * caller, which shows it once and forgets it.
 */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: ({ apiKey }) => {
      queryClient.setQueryData<ApiKeyList>(apiKeysQueryKey, (list) =>
        list ? { items: [...list.items, apiKey] } : list,
      );
    },
  });
}
