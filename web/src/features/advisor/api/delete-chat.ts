import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrapEmpty } from '@/lib/api/client';

import { chatQueryKey } from './get-chat';
import { CHATS_QUERY_KEY } from './get-chats';
import { PROFILE_QUERY_KEY } from './get-profile';
import type { ChatList } from './types';

/** Deletes the chat and all its messages, for good (204). */
export function deleteChat(id: string): Promise<void> {
  return unwrapEmpty(api.DELETE('/api/v1/chats/{id}', { params: { path: { id } } }));
}

export function useDeleteChat() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteChat,
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: chatQueryKey(id) });
      queryClient.setQueryData<ChatList>(CHATS_QUERY_KEY, (list) =>
        list ? { items: list.items.filter((item) => item.id !== id) } : list,
      );
      // What its questions said of the user is no longer part of the profile.
      void queryClient.invalidateQueries({ queryKey: PROFILE_QUERY_KEY });
    },
  });
}
