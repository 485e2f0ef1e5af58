import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { profileQueryKey } from './get-profile';
import { noteSessionEnded, SESSION_QUERY_KEY } from './get-session';
import type { Profile, ProfileUpdate, Session } from './types';

export function updateProfile(update: ProfileUpdate): Promise<Profile> {
  return unwrap(api.PUT('/api/v1/users/profile', { body: update }));
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(profileQueryKey, profile);
      // The header shows the display name from the session.
      queryClient.setQueryData<Session | null>(SESSION_QUERY_KEY, (session) =>
        session ? { ...session, displayName: profile.displayName } : session,
      );
    },
    onError: (error) => noteSessionEnded(queryClient, error),
  });
}
