import { queryOptions } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { IndicatorValues } from './types';

export interface IndicatorValuesRequest {
  symbol: string;
  interval: string;
  /** Catalogue name, e.g. `bollinger`. */
  name: string;
  /** By the catalogue's parameter names, e.g. `{ period: 20, stdDev: 2 }`. */
  params: Readonly<Record<string, number>>;
}

export function getIndicatorValues(
  request: IndicatorValuesRequest,
  signal?: AbortSignal,
): Promise<IndicatorValues> {
  const { symbol, interval, name, params } = request;
  return unwrap(
    api.GET('/api/v1/instruments/{symbol}/indicators', {
      params: { path: { symbol }, query: { ...params, name, interval } },
      signal,
    }),
  );
}

export function indicatorValuesQueryOptions(request: IndicatorValuesRequest) {
  return queryOptions({
    queryKey: [
      'indicator-values',
      request.symbol.toUpperCase(),
      request.interval,
      request.name,
      request.params,
    ],
    queryFn: ({ signal }) => getIndicatorValues(request, signal),
    // Computed on stored bars and cached by the server for 300 s.
    staleTime: 5 * 60_000,
  });
}
