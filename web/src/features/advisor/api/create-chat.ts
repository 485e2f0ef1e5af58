import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { chatQueryKey } from './get-chat';
import { CHATS_QUERY_KEY } from './get-chats';
import type { Chat, ChatList, ChatTranscript } from './types';

/** A new, empty chat; the server titles it after its first question. */
export function createChat(): Promise<Chat> {
  return unwrap(api.POST('/api/v1/chats', { body: {} }));
}

export function useCreateChat() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChat,
    onSuccess: (chat) => {
      // Known to be empty: the chat opens without a read.
      queryClient.setQueryData<ChatTranscript>(chatQueryKey(chat.id), { chat, messages: [] });
      queryClient.setQueryData<ChatList>(CHATS_QUERY_KEY, (list) =>
        list ? { items: [chat, ...list.items.filter((item) => item.id !== chat.id)] } : list,
      );
      // Not awaited: the chat opens (and its first question is asked) without waiting for the list.
      void queryClient.invalidateQueries({ queryKey: CHATS_QUERY_KEY, exact: true });
    },
  });
}
