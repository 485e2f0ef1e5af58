import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { SWEEPS_QUERY_KEY } from './get-sweeps';
import type { Sweep, SweepRequest } from './types';

export function startSweep(request: SweepRequest): Promise<Sweep> {
  return unwrap(api.POST('/api/v1/sweeps', { body: request }));
}

/** Queues a sweep (202); its page polls it from there. */
export function useStartSweep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startSweep,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SWEEPS_QUERY_KEY });
    },
  });
}
