import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { botQueryKey } from './get-bot';
import { BOTS_QUERY_KEY } from './get-bots';
import type { Bot } from './types';

export type BotCommand = 'start' | 'pause' | 'stop';

export function changeBotState(id: string, command: BotCommand): Promise<Bot> {
  const options = { params: { path: { id } } };
  switch (command) {
    case 'start':
      return unwrap(api.POST('/api/v1/bots/{id}/start', options));
    case 'pause':
      return unwrap(api.POST('/api/v1/bots/{id}/pause', options));
    case 'stop':
      return unwrap(api.POST('/api/v1/bots/{id}/stop', options));
  }
}

/** Starts, pauses or stops a bot; its answer is the bot now, and its orders are read again. */
export function useChangeBotState(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: BotCommand) => changeBotState(id, command),
    onSuccess: async (bot) => {
      queryClient.setQueryData(botQueryKey(id), bot);
      await queryClient.invalidateQueries({ queryKey: BOTS_QUERY_KEY });
    },
  });
}
