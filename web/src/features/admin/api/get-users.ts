import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { filtersOf, type UserQuery } from '../lib/user-query';

import type { StaffAccountPage } from './types';

/**
 * Under the account's key prefix (['account']), so signing out drops what staff loaded before
 * the next person signs in on this browser.
 */
export const USERS_QUERY_KEY = ['account', 'admin', 'users'] as const;

export function getUsers(query: UserQuery, signal?: AbortSignal): Promise<StaffAccountPage> {
  return unwrap(
    api.GET('/api/v1/accounts', {
      params: {
        query: {
          ...filtersOf(query),
          locked: query.locked === undefined ? undefined : query.locked === 'true',
          page: query.page,
          size: query.size,
        },
      },
      signal,
    }),
  );
}

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: [...USERS_QUERY_KEY, query],
    queryFn: ({ signal }) => getUsers(query, signal),
    // The old page stays on screen while the next one loads, instead of a spinner flash.
    placeholderData: keepPreviousData,
    // Accounts are changed by their owners and other staff while the page is open.
    staleTime: 0,
  });
}
