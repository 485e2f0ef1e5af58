import { Navigate, useSearchParams } from 'react-router';

import { useSession } from '@/features/account/api/get-session';
import { SignInForm } from '@/features/account/components/sign-in-form';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { safeNextPath } from '@/features/account/lib/next-path';
import { useMessages } from '@/lib/i18n/locale-context';

export function SignInRoute() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const [search] = useSearchParams();
  const session = useSession();
  // Signed in already (another tab, or just now): on to where the visitor was going.
  if (session.status === 'signed-in') {
    return <Navigate to={safeNextPath(search.get('next'))} replace />;
  }
  return (
    <div className="page account-page">
      <title>{t.pageTitle(t.signIn)}</title>
      <h1>{t.signIn}</h1>
      <p className="page-prose">{t.signInIntro}</p>
      <SignInForm />
    </div>
  );
}
