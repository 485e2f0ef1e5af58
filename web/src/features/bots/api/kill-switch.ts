import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { BOTS_QUERY_KEY } from './get-bots';
import type { KillSwitchResult } from './types';

export function pullKillSwitch(): Promise<KillSwitchResult> {
  return unwrap(api.POST('/api/v1/kill-switch'));
}

/** Stops every running or paused bot of the user at once. */
export function useKillSwitch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pullKillSwitch,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BOTS_QUERY_KEY }),
  });
}
