import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import type { AuditVerification } from './types';

/** Walks the whole chain on the server; answers 200 whether it holds or not. */
export function verifyAuditChain(): Promise<AuditVerification> {
  return unwrap(api.GET('/api/v1/admin/audit/verify'));
}

/** A mutation, though a GET: it runs when asked, and each run is a fresh walk, never cached. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
