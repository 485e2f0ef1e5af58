import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { CHATS_QUERY_KEY } from './get-chats';
import type { ChatTranscript } from './types';

/** How often a chat is read again while one of its answers is still being written elsewhere. */
export const CHAT_POLL_MS = 1_000;

export function getChat(id: string, signal?: AbortSignal): Promise<ChatTranscript> {
  return unwrap(api.GET('/api/v1/chats/{id}', { params: { path: { id } }, signal }));
}

export function chatQueryKey(id: string) {
  return [...CHATS_QUERY_KEY, id] as const;
}

/**
 * A chat and its messages. An answer this page is not streaming (asked before a reload, or in
 * another tab) may still be being written: the chat is read again until it is not.
 */
export function useChat(id: string) {
  return useQuery(
    queryOptions({
      queryKey: chatQueryKey(id),
      queryFn: ({ signal }) => getChat(id, signal),
      staleTime: 0,
      refetchInterval: (query) =>
        query.state.data?.messages.some((message) => message.status === 'STREAMING')
          ? CHAT_POLL_MS
          : false,
    }),
  );
}
