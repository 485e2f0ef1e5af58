import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { TRADING_ACCOUNTS_QUERY_KEY } from './get-trading-accounts';
import type { TradingAccount } from './types';

export function getTradingAccount(id: string, signal?: AbortSignal): Promise<TradingAccount> {
  return unwrap(api.GET('/api/v1/trading-accounts/{id}', { params: { path: { id } }, signal }));
}

export function tradingAccountQueryKey(id: string) {
  return [...TRADING_ACCOUNTS_QUERY_KEY, id] as const;
}

/** One account; a live account's balances are asked of the exchange on every read. */
export function useTradingAccount(id: string) {
  return useQuery(
    queryOptions({
      queryKey: tradingAccountQueryKey(id),
      queryFn: ({ signal }) => getTradingAccount(id, signal),
      staleTime: 0,
    }),
  );
}
