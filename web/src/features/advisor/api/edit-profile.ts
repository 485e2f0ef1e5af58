import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { PROFILE_QUERY_KEY } from './get-profile';
import type { AdvisorProfile, ProfileEdit } from './types';

/**
 * Sets parts of the profile; a part left null is inferred again, and `{}` puts it all back.
 * Problem: invalid-request naming `experience`, `tolerance`, `assets` or `assets[i]`.
 */
export function editProfile(edit: ProfileEdit): Promise<AdvisorProfile> {
  return unwrap(api.PUT('/api/v1/advisor/profile', { body: edit }));
}

export function useEditProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editProfile,
    onSuccess: (profile) => queryClient.setQueryData(PROFILE_QUERY_KEY, profile),
  });
}
