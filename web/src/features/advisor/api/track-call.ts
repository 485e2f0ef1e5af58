import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { SHADOW_PORTFOLIO_QUERY_KEY } from './get-shadow-portfolio';
import type { CallOutcome, TrackCallRequest } from './types';

/**
 * Tracks the call an answer made on a symbol: 201 with the new call, or 200 with the call as
 * it is when it was tracked already. Problems: signal-not-found, message-not-found,
 * shadow-portfolio-full.
 */
export function trackCall(request: Required<TrackCallRequest>): Promise<CallOutcome> {
  return unwrap(api.POST('/api/v1/shadow-portfolio/calls', { body: request }));
}

export function useTrackCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: trackCall,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SHADOW_PORTFOLIO_QUERY_KEY }),
  });
}
