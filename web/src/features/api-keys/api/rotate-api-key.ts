import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { apiKeysQueryKey } from './get-api-keys';
import type { ApiKeyList, IssuedApiKey } from './types';

/** A new secret for the key, answered once; the old one stops working at once. */
export function rotateApiKey(id: string): Promise<IssuedApiKey> {
  return unwrap(api.POST('/api/v1/users/api-keys/{id}/rotate', { params: { path: { id } } }));
}

export function useRotateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateApiKey,
    onSuccess: ({ apiKey }) => {
      queryClient.setQueryData<ApiKeyList>(apiKeysQueryKey, (list) =>
        list ? { items: list.items.map((item) => (item.id === apiKey.id ? apiKey : item)) } : list,
      );
    },
  });
}
