import { Link } from 'react-router';

import { EmailVerificationNotice } from '@/features/account/components/email-verification';
import { ProfileSettings } from '@/features/account/components/profile-form';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { SECURITY_PATH } from '@/features/account/lib/next-path';
import { useMessages } from '@/lib/i18n/locale-context';

export function SettingsRoute() {
  const t = useMessages(ACCOUNT_MESSAGES);
  return (
    <div className="page account-page">
      <title>{t.pageTitle(t.settings)}</title>
      <h1>{t.settings}</h1>
      <p className="page-prose">{t.settingsIntro}</p>
      <p>
        <Link to={SECURITY_PATH}>{t.securityLink}</Link>
      </p>
      <RequireSignIn>
        <EmailVerificationNotice />
        <ProfileSettings />
      </RequireSignIn>
    </div>
  );
}
