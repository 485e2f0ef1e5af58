import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { BacktestList } from './types';

/** How many kept backtests the list shows, newest first. */
export const BACKTEST_LIST_LIMIT = 100;

/** The user's backtests are theirs: sign-in and sign-out drop them with the other user queries. */
export const BACKTESTS_QUERY_KEY = [...USER_QUERY_KEY, 'backtests'] as const;

export function getBacktests(signal?: AbortSignal): Promise<BacktestList> {
  return unwrap(
    api.GET('/api/v1/backtests', { params: { query: { limit: BACKTEST_LIST_LIMIT } }, signal }),
  );
}

export function backtestsQueryOptions() {
  return queryOptions({
    queryKey: [...BACKTESTS_QUERY_KEY, { limit: BACKTEST_LIST_LIMIT }],
    queryFn: ({ signal }) => getBacktests(signal),
    staleTime: 0,
  });
}

export function useBacktests() {
  return useQuery(backtestsQueryOptions());
}
