import { api, unwrap } from '@/lib/api/client';

import type { Watchlist } from './types';
import { useWatchlistMutation } from './watchlist-mutation';

export function addWatchlistSymbol({
  id,
  symbol,
}: {
  id: string;
  symbol: string;
}): Promise<Watchlist> {
  return unwrap(
    api.POST('/api/v1/users/watchlists/{id}/symbols', {
      params: { path: { id } },
      body: { symbol },
    }),
  );
}

export function useAddWatchlistSymbol() {
  return useWatchlistMutation(addWatchlistSymbol);
}
