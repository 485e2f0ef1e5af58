import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { BarSeries } from './types';

export interface BarsRequest {
  symbol: string;
  interval: string;
  /** Instants, both inclusive. */
  from: string;
  to: string;
}

export function getBars(request: BarsRequest, signal?: AbortSignal): Promise<BarSeries> {
  const { symbol, interval, from, to } = request;
  return unwrap(
    api.GET('/api/v1/instruments/{symbol}/bars', {
      params: { path: { symbol }, query: { interval, from, to } },
      signal,
    }),
  );
}

/** The bars a bot has replayed so far, to draw its fills on; off until it has replayed two. */
export function useBotBars(request: BarsRequest | undefined) {
  return useQuery({
    queryKey: [
      'bars',
      request?.symbol.toUpperCase(),
      request?.interval,
      request?.from,
      request?.to,
    ],
    queryFn: ({ signal }) => getBars(request!, signal),
    enabled: request !== undefined,
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  });
}
