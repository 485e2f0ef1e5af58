import { QueryClient } from '@tanstack/react-query';

import { ApiError } from './api/problem';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Market history changes at most once per bar; refetching on every focus wastes the server.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // A 404 or validation error will not heal on retry; outages and 5xx might.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.isClientError) && failureCount < MAX_RETRIES,
      },
    },
  });
}
