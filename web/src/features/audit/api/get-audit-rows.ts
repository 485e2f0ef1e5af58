import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { filtersOf, type AuditQuery } from '../lib/audit-query';

import type { AuditPage } from './types';

/**
 * Under the account's key prefix (['account']), so signing out drops what an administrator
 * loaded before the next person signs in on this browser.
 */
export const AUDIT_QUERY_KEY = ['account', 'audit'] as const;

export function getAuditRows(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return unwrap(
    api.GET('/api/v1/admin/audit', {
      params: { query: { ...filtersOf(query), page: query.page, size: query.size } },
      signal,
    }),
  );
}

export function useAuditRows(query: AuditQuery) {
  return useQuery({
    queryKey: [...AUDIT_QUERY_KEY, 'rows', query],
    queryFn: ({ signal }) => getAuditRows(query, signal),
    // The old page stays on screen while the next one loads, instead of a spinner flash.
    placeholderData: keepPreviousData,
    // An audit log is read to see what just happened.
    staleTime: 0,
  });
}
