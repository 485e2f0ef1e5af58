import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMessages } from '@/lib/i18n/locale-context';

import { useSession } from '../api/get-session';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { signInPath } from '../lib/next-path';

/**
 * Shows `children` to a signed-in user; sends anyone else to sign in and back here. A session
 * that ends while the page is open (a 401 from an account endpoint) does the same.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const location = useLocation();
  const session = useSession({ required: true });
  if (session.status === 'loading') return <Spinner label={t.checking} />;
  if (session.status === 'error') {
    return <ProblemAlert heading={t.sessionFailed} error={session.error} onRetry={session.retry} />;
  }
  if (session.status === 'signed-out') {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  return children;
}
