import { Link } from 'react-router';

import { EmailVerificationNotice } from '@/features/account/components/email-verification';
import { ProfileSettings } from '@/features/account/components/profile-form';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { SECURITY_PATH } from '@/features/account/lib/next-path';
import { ADMIN_MESSAGES } from '@/features/admin/lib/messages';
import { ADMIN_PATH, USERS_PATH } from '@/features/admin/lib/paths';
import { API_KEY_MESSAGES } from '@/features/api-keys/lib/messages';
import { API_KEYS_PATH } from '@/features/api-keys/lib/paths';
import { AUDIT_MESSAGES } from '@/features/audit/lib/messages';
import { AUDIT_PATH } from '@/features/audit/lib/paths';
import { useMessages } from '@/lib/i18n/locale-context';

import { ADMINISTRATORS, STAFF, useRole } from '../roles';

export function SettingsRoute() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const keys = useMessages(API_KEY_MESSAGES);
  const audit = useMessages(AUDIT_MESSAGES);
  const administration = useMessages(ADMIN_MESSAGES);
  const role = useRole();
  const staff = role !== undefined && STAFF.includes(role);
  const admin = role !== undefined && ADMINISTRATORS.includes(role);
  return (
    <div className="page account-page">
      <title>{t.pageTitle(t.settings)}</title>
      <h1>{t.settings}</h1>
      <p className="page-prose">{t.settingsIntro}</p>
      <p>
        <Link to={SECURITY_PATH}>{t.securityLink}</Link>
      </p>
      <p>
        <Link to={API_KEYS_PATH}>{keys.apiKeysLink}</Link>
      </p>
      {staff && (
        <>
          <p>
            <Link to={ADMIN_PATH}>{administration.administrationLink}</Link>
          </p>
          <p>
            <Link to={USERS_PATH}>{administration.usersLink}</Link>
          </p>
        </>
      )}
      {admin && (
        <p>
          <Link to={AUDIT_PATH}>{audit.auditLink}</Link>
        </p>
      )}
      <RequireSignIn>
        <EmailVerificationNotice />
        <ProfileSettings />
      </RequireSignIn>
    </div>
  );
}
