import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';
import type { Locale } from '@/lib/i18n/locale';

import { profileUpdateOf } from '../lib/profile-form';

import { profileQueryKey } from './get-profile';
import { ACCOUNT_QUERY_KEY, SESSION_QUERY_KEY } from './get-session';
import type { Profile, RegisterRequest, Session } from './types';

export interface SignUp extends RegisterRequest {
  /** The language the form was filled in, kept as the profile's. */
  locale: Locale;
  /** The browser's time zone, kept as the profile's (UTC otherwise). */
  timeZone?: string;
}

/**
 * Registers (which signs in), then gives the new profile the language the user signed up in and
 * the browser's time zone. The account exists once register answers: a failure of the second
 * step leaves the server's defaults, which the settings page can change, and is not an error.
 */
export async function signUp({ locale, timeZone, ...request }: SignUp): Promise<{
  session: Session;
  profile?: Profile;
}> {
  const session = await unwrap(api.POST('/api/v1/auth/register', { body: request }));
  try {
    const profile = await unwrap(api.GET('/api/v1/users/profile'));
    const zone = timeZone ?? profile.timeZone;
    if (profile.locale === locale && profile.timeZone === zone) return { session, profile };
    const stored = await unwrap(
      api.PUT('/api/v1/users/profile', {
        body: { ...profileUpdateOf(profile), locale, timeZone: zone },
      }),
    );
    return { session, profile: stored };
  } catch {
    return { session };
  }
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: ({ session, profile }) => {
      queryClient.removeQueries({ queryKey: ACCOUNT_QUERY_KEY });
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
      if (profile) queryClient.setQueryData(profileQueryKey, profile);
    },
  });
}
