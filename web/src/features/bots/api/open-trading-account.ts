import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { TRADING_ACCOUNTS_QUERY_KEY } from './get-trading-accounts';
import type { PaperAccountRequest, TradingAccount } from './types';

export function openTradingAccount(request: PaperAccountRequest): Promise<TradingAccount> {
  return unwrap(api.POST('/api/v1/trading-accounts', { body: request }));
}

/** Opens a paper account; the list is read again to show it. */
export function useOpenTradingAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openTradingAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TRADING_ACCOUNTS_QUERY_KEY }),
  });
}
