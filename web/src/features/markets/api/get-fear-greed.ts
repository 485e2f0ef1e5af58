import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';

import type { FearGreed } from './types';

export const FEAR_GREED_DAYS = 30;

/** The server's answer when no Fear & Greed provider is enabled (the offline default). */
export const FEAR_GREED_NOT_CONFIGURED = 'fear-greed-not-configured';

export function getFearGreed(days: number, signal?: AbortSignal): Promise<FearGreed> {
  return unwrap(api.GET('/api/v1/market/fear-greed', { params: { query: { days } }, signal }));
}

export function isFearGreedNotConfigured(error: unknown): boolean {
  return error instanceof ApiError && error.code === FEAR_GREED_NOT_CONFIGURED;
}

export function fearGreedQueryOptions(days = FEAR_GREED_DAYS) {
  return queryOptions({
    queryKey: ['fear-greed', days],
    queryFn: ({ signal }) => getFearGreed(days, signal),
    staleTime: 5 * 60_000,
    // Switching the provider on needs a configuration change and a restart: asking again will not help.
    retry: (failures, error) => !isFearGreedNotConfigured(error) && failures < 2,
  });
}

export function useFearGreed(days = FEAR_GREED_DAYS) {
  return useQuery(fearGreedQueryOptions(days));
}
