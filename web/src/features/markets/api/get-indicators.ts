import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { IndicatorCatalogue } from './types';

export function getIndicators(signal?: AbortSignal): Promise<IndicatorCatalogue> {
  return unwrap(api.GET('/api/v1/indicators', { signal }));
}

export function indicatorsQueryOptions() {
  return queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => getIndicators(signal),
    // The catalogue is the engine's: it changes only with a new server version.
    staleTime: Infinity,
  });
}

export function useIndicatorCatalogue() {
  return useQuery(indicatorsQueryOptions());
}
