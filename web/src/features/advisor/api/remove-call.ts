import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrapEmpty } from '@/lib/api/client';

import { SHADOW_PORTFOLIO_QUERY_KEY } from './get-shadow-portfolio';

/** Stops tracking a call (204); call-not-found when it is not the user's, or gone. */
export function removeCall(id: string): Promise<void> {
  return unwrapEmpty(
    api.DELETE('/api/v1/shadow-portfolio/calls/{id}', { params: { path: { id } } }),
  );
}

export function useRemoveCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeCall,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SHADOW_PORTFOLIO_QUERY_KEY }),
  });
}
