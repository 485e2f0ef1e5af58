import { Link } from 'react-router';

import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { TwoFactorSettings } from '@/features/account/components/two-factor-settings';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { SETTINGS_PATH } from '@/features/account/lib/next-path';
import { useMessages } from '@/lib/i18n/locale-context';

export function SettingsSecurityRoute() {
  const t = useMessages(ACCOUNT_MESSAGES);
  return (
    <div className="page account-page">
      <title>{t.pageTitle(t.security)}</title>
      <p className="muted">
        <Link to={SETTINGS_PATH}>{t.settings}</Link>
      </p>
      <h1>{t.security}</h1>
      <p className="page-prose">{t.securityIntro}</p>
      <RequireSignIn>
        <TwoFactorSettings />
      </RequireSignIn>
    </div>
  );
}
