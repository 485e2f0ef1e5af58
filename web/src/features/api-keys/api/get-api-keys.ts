import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { ApiKeyList } from './types';

/**
 * Under the account's key prefix (['account']), so signing out or in as someone else drops
 * the list with the rest of the previous account's data.
 */
export const apiKeysQueryKey = ['account', 'api-keys'] as const;

export function getApiKeys(signal?: AbortSignal): Promise<ApiKeyList> {
  return unwrap(api.GET('/api/v1/users/api-keys', { signal }));
}

export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysQueryKey,
    queryFn: ({ signal }) => getApiKeys(signal),
    // last-used times move while the page is open elsewhere
    staleTime: 0,
  });
}
