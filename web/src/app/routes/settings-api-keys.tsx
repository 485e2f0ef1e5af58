import { Link } from 'react-router';

import { Spinner } from '@/components/ui/spinner';
import { useSession } from '@/features/account/api/get-session';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { SETTINGS_PATH } from '@/features/account/lib/next-path';
import { ApiKeysView } from '@/features/api-keys/components/api-keys-view';
import { API_KEY_MESSAGES } from '@/features/api-keys/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { useReaderTimeZone } from '../use-reader-time-zone';

export function SettingsApiKeysRoute() {
  const t = useMessages(API_KEY_MESSAGES);
  const account = useMessages(ACCOUNT_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.apiKeys)}</title>
      <p className="muted">
        <Link to={SETTINGS_PATH}>{account.settings}</Link>
      </p>
      <h1>{t.apiKeys}</h1>
      <p className="page-prose">{t.apiKeysIntro}</p>
      <RequireSignIn>
        <SignedInApiKeys />
      </RequireSignIn>
    </div>
  );
}

function SignedInApiKeys() {
  const t = useMessages(API_KEY_MESSAGES);
  const session = useSession();
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.loading} />;
  // The server refuses the admin scope to anyone else; the form does not offer it to them.
  const admin = session.status === 'signed-in' && session.session.role === 'ADMIN';
  return <ApiKeysView timeZone={timeZone} canUseAdminScope={admin} />;
}
