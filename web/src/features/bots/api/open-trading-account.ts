import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { TRADING_ACCOUNTS_QUERY_KEY } from './get-trading-accounts';
import type { ConnectAccountRequest, TradingAccount, TradingAccountRequest } from './types';

export function openTradingAccount(
  request: TradingAccountRequest | ConnectAccountRequest,
): Promise<TradingAccount> {
  return unwrap(api.POST('/api/v1/trading-accounts', { body: request }));
}

/**
 * Opens a paper account, or connects a live one (`venue` an exchange, with its key); the list is
 * read again to show it.
 */
export function useOpenTradingAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openTradingAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TRADING_ACCOUNTS_QUERY_KEY }),
  });
}
