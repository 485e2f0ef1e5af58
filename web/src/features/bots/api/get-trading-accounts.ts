import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { USER_QUERY_KEY } from '@/lib/user-query-key';

import type { Bot, TradingAccount, TradingAccountList } from './types';

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

/**
 * The live account a bot trades on, from the user's account list, which is read only for a live
 * bot (and once for every bot shown, the query being shared); undefined for a paper bot, until
 * the list is in, or when it cannot be read.
 */
export function useLiveBotAccount(
  bot: Pick<Bot, 'live' | 'accountId'>,
): TradingAccount | undefined {
  const accounts = useQuery({ ...tradingAccountsQueryOptions(), enabled: bot.live });
  return bot.live ? accounts.data?.items.find((item) => item.id === bot.accountId) : undefined;
}
