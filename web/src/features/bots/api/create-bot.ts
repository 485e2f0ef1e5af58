import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { botQueryKey } from './get-bot';
import { BOTS_QUERY_KEY } from './get-bots';
import type { Bot, BotRequest } from './types';

export function createBot(request: BotRequest): Promise<Bot> {
  return unwrap(api.POST('/api/v1/bots', { body: request }));
}

export function useCreateBot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBot,
    onSuccess: async (bot) => {
      queryClient.setQueryData(botQueryKey(bot.id), bot);
      await queryClient.invalidateQueries({ queryKey: BOTS_QUERY_KEY, exact: true });
    },
  });
}
