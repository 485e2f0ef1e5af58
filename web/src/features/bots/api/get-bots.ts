import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { BotList } from './types';

export const BOTS_QUERY_KEY = [...USER_QUERY_KEY, 'bots'] as const;

/** How often the list is read again while one of its bots runs. */
export const BOT_LIST_POLL_MS = 2_000;

export function getBots(signal?: AbortSignal): Promise<BotList> {
  return unwrap(api.GET('/api/v1/bots', { signal }));
}

export function useBots() {
  return useQuery(
    queryOptions({
      queryKey: BOTS_QUERY_KEY,
      queryFn: ({ signal }) => getBots(signal),
      // A bot's figures move with every bar: read them afresh whenever the page shows them.
      staleTime: 0,
      refetchInterval: (query) =>
        query.state.data?.items.some((bot) => bot.state === 'RUNNING') ? BOT_LIST_POLL_MS : false,
    }),
  );
}
