import { queryOptions, useQuery, keepPreviousData } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { InstrumentList } from './types';

export function getInstruments(query: string, signal?: AbortSignal): Promise<InstrumentList> {
  const trimmed = query.trim();
  return unwrap(
    api.GET('/api/v1/instruments', {
      params: { query: trimmed ? { query: trimmed } : {} },
      signal,
    }),
  );
}

export function instrumentsQueryOptions(query: string) {
  return queryOptions({
    queryKey: ['instruments', { query: query.trim() }],
    queryFn: ({ signal }) => getInstruments(query, signal),
  });
}

export function useInstruments(query: string) {
  // Keep the previous rows on screen while a narrower search loads, instead of flashing a spinner.
  return useQuery({ ...instrumentsQueryOptions(query), placeholderData: keepPreviousData });
}
