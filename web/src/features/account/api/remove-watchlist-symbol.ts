import { api, unwrap } from '@/lib/api/client';

import type { Watchlist } from './types';
import { useWatchlistMutation } from './watchlist-mutation';

export function removeWatchlistSymbol({
  id,
  symbol,
}: {
  id: string;
  symbol: string;
}): Promise<Watchlist> {
  return unwrap(
    api.DELETE('/api/v1/users/watchlists/{id}/symbols/{symbol}', {
      params: { path: { id, symbol } },
    }),
  );
}

export function useRemoveWatchlistSymbol() {
  return useWatchlistMutation(removeWatchlistSymbol);
}
