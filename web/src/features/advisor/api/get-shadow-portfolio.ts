import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { ShadowReport } from './types';

/** The user's own: sign-in and sign-out drop it with the other user queries. */
export const SHADOW_PORTFOLIO_QUERY_KEY = [...USER_QUERY_KEY, 'shadow-portfolio'] as const;

export function getShadowPortfolio(signal?: AbortSignal): Promise<ShadowReport> {
  return unwrap(api.GET('/api/v1/shadow-portfolio', { signal }));
}

/**
 * The calls the user tracks and how they fared. `enabled: false` leaves it unread (a chat
 * whose answers make no call has nothing to mark as tracked).
 */
export function useShadowPortfolio({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery(
    queryOptions({
      queryKey: SHADOW_PORTFOLIO_QUERY_KEY,
      queryFn: ({ signal }) => getShadowPortfolio(signal),
      staleTime: 0,
      enabled,
    }),
  );
}

/** The key a tracked call is known by within an answer: one call per answer and symbol. */
export function callKey(messageId: string, symbol: string): string {
  return `${messageId} ${symbol}`;
}
