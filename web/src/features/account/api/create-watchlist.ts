import { api, unwrap } from '@/lib/api/client';

import type { Watchlist } from './types';
import { useWatchlistMutation } from './watchlist-mutation';

export function createWatchlist(name: string): Promise<Watchlist> {
  return unwrap(api.POST('/api/v1/users/watchlists', { body: { name } }));
}

export function useCreateWatchlist() {
  return useWatchlistMutation(createWatchlist);
}
