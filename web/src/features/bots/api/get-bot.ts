import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { BOTS_QUERY_KEY } from './get-bots';
import type { Bot } from './types';

/** How often a running bot's status, curve, orders and fills are read again. */
export const BOT_POLL_MS = 1_000;

export function getBot(id: string, signal?: AbortSignal): Promise<Bot> {
  return unwrap(api.GET('/api/v1/bots/{id}', { params: { path: { id } }, signal }));
}

export function botQueryKey(id: string) {
  return [...BOTS_QUERY_KEY, id] as const;
}

/** Polled every second while the bot runs; still otherwise. */
export function useBot(id: string) {
  return useQuery(
    queryOptions({
      queryKey: botQueryKey(id),
      queryFn: ({ signal }) => getBot(id, signal),
      // A bot's figures move with every bar: read them afresh whenever the page shows them.
      staleTime: 0,
      refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? BOT_POLL_MS : false),
    }),
  );
}
