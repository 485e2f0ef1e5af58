import { useSearchParams } from 'react-router';

import { EmailVerificationResult } from '@/features/account/components/email-verification';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

/** Where the verification email's link leads: confirms `?token=` and shows the outcome. */
export function VerifyEmailRoute() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const [search] = useSearchParams();
  return (
    <div className="page account-page">
      <title>{t.pageTitle(t.verifyEmail)}</title>
      <h1>{t.verifyEmail}</h1>
      <EmailVerificationResult token={search.get('token')} />
    </div>
  );
}
