import { Navigate, useSearchParams } from 'react-router';

import { useSession } from '@/features/account/api/get-session';
import { SignUpForm } from '@/features/account/components/sign-up-form';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { safeNextPath } from '@/features/account/lib/next-path';
import { useMessages } from '@/lib/i18n/locale-context';

export function SignUpRoute() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const [search] = useSearchParams();
  const session = useSession();
  if (session.status === 'signed-in') {
    return <Navigate to={safeNextPath(search.get('next'))} replace />;
  }
  return (
    <div className="page account-page">
      <title>{t.pageTitle(t.signUp)}</title>
      <h1>{t.signUp}</h1>
      <p className="page-prose">{t.signUpIntro}</p>
      <SignUpForm />
    </div>
  );
}
