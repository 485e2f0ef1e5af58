import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { TradingAccountList } from './types';

export const TRADING_ACCOUNTS_QUERY_KEY = [...USER_QUERY_KEY, 'trading-accounts'] as const;

export function getTradingAccounts(signal?: AbortSignal): Promise<TradingAccountList> {
  return unwrap(api.GET('/api/v1/trading-accounts', { signal }));
}

export function tradingAccountsQueryOptions() {
  return queryOptions({
    queryKey: TRADING_ACCOUNTS_QUERY_KEY,
    queryFn: ({ signal }) => getTradingAccounts(signal),
  });
}

export function useTradingAccounts() {
  return useQuery(tradingAccountsQueryOptions());
}
