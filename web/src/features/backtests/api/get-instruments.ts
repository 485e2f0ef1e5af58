import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { InstrumentList } from './types';

/** The most the server lists in one answer; Sage bundles far fewer instruments. */
const INSTRUMENT_LIMIT = 200;

export function getInstruments(signal?: AbortSignal): Promise<InstrumentList> {
  return unwrap(
    api.GET('/api/v1/instruments', { params: { query: { limit: INSTRUMENT_LIMIT } }, signal }),
  );
}

export function instrumentsQueryOptions() {
  return queryOptions({
    queryKey: ['instruments', { limit: INSTRUMENT_LIMIT }],
    queryFn: ({ signal }) => getInstruments(signal),
  });
}

/** Every instrument with its series coverage, to pick what to backtest. */
export function useInstruments() {
  return useQuery(instrumentsQueryOptions());
}
