import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { SignInProvider } from './types';

export const SIGN_IN_PROVIDERS_QUERY_KEY = ['sign-in-providers'] as const;

/** The OpenID Connect providers the server offers (none unless configured). */
export async function getSignInProviders(signal?: AbortSignal): Promise<SignInProvider[]> {
  const list = await unwrap(api.GET('/api/v1/auth/providers', { signal }));
  return list.items;
}

/** The providers for the sign-in buttons; they change only with the server's configuration. */
export function useSignInProviders() {
  return useQuery({
    queryKey: SIGN_IN_PROVIDERS_QUERY_KEY,
    queryFn: ({ signal }) => getSignInProviders(signal),
    staleTime: Infinity,
    retry: false,
  });
}
