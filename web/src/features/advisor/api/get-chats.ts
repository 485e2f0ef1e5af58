import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { ChatList } from './types';

/** The user's chats are theirs: sign-in and sign-out drop them with the other user queries. */
export const CHATS_QUERY_KEY = [...USER_QUERY_KEY, 'chats'] as const;

export function getChats(signal?: AbortSignal): Promise<ChatList> {
  return unwrap(api.GET('/api/v1/chats', { signal }));
}

/** The user's chats, the latest used first. */
export function useChats() {
  return useQuery(
    queryOptions({
      queryKey: CHATS_QUERY_KEY,
      queryFn: ({ signal }) => getChats(signal),
      staleTime: 0,
    }),
  );
}
