import { api, unwrap } from '@/lib/api/client';

import type { Watchlist } from './types';
import { useWatchlistMutation } from './watchlist-mutation';

export interface WatchlistChange {
  id: string;
  name: string;
  /** Every symbol, in the order to keep. */
  symbols: string[];
}

/** Renames a list and sets its symbols in order (the server's PUT takes both). */
export function updateWatchlist({ id, name, symbols }: WatchlistChange): Promise<Watchlist> {
  return unwrap(
    api.PUT('/api/v1/users/watchlists/{id}', { params: { path: { id } }, body: { name, symbols } }),
  );
}

export function useUpdateWatchlist() {
  return useWatchlistMutation(updateWatchlist);
}
