import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { backtestQueryKey } from './get-backtest';
import { BACKTESTS_QUERY_KEY } from './get-backtests';
import type { Backtest, BacktestRequest } from './types';

export function runBacktest(request: BacktestRequest): Promise<Backtest> {
  return unwrap(api.POST('/api/v1/backtests', { body: request }));
}

/** Runs a backtest; the answer is the kept result, so it goes straight into the cache. */
export function useRunBacktest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runBacktest,
    onSuccess: async (backtest) => {
      queryClient.setQueryData(backtestQueryKey(backtest.id), backtest);
      await queryClient.invalidateQueries({ queryKey: BACKTESTS_QUERY_KEY });
    },
  });
}
