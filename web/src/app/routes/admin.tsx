import { Link } from 'react-router';

import { Spinner } from '@/components/ui/spinner';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { SystemHealthCard } from '@/features/admin/components/system-health-card';
import { ADMIN_MESSAGES } from '@/features/admin/lib/messages';
import { USERS_PATH } from '@/features/admin/lib/paths';
import { AUDIT_MESSAGES } from '@/features/audit/lib/messages';
import { AUDIT_PATH } from '@/features/audit/lib/paths';
import { useMessages } from '@/lib/i18n/locale-context';

import { ADMINISTRATORS, STAFF } from '../roles';
import { useReaderTimeZone } from '../use-reader-time-zone';

import { RoleGate } from './role-gate';

/** The administration overview: the server's health, and the ways to users and the audit log. */
export function AdminRoute() {
  const t = useMessages(ADMIN_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.administration)}</title>
      <h1>{t.administration}</h1>
      <RequireSignIn>
        <RoleGate roles={STAFF} notAllowed={{ title: t.notAllowed, body: t.notAllowedBody }}>
          {(session) => <Overview administrator={ADMINISTRATORS.includes(session.role)} />}
        </RoleGate>
      </RequireSignIn>
    </div>
  );
}

function Overview({ administrator }: { administrator: boolean }) {
  const t = useMessages(ADMIN_MESSAGES);
  const audit = useMessages(AUDIT_MESSAGES);
  return (
    <>
      <p className="page-prose">{t.administrationIntro}</p>
      {/* The server's health is for administrators only. */}
      {administrator && <Health />}
      <nav className="page-section" aria-label={t.administration}>
        <p>
          <Link to={USERS_PATH}>{t.usersLink}</Link>{' '}
          <span className="muted">{t.usersLinkHelp}</span>
        </p>
        {administrator && (
          <p>
            <Link to={AUDIT_PATH}>{audit.auditLink}</Link>{' '}
            <span className="muted">{t.auditLinkHelp}</span>
          </p>
        )}
      </nav>
    </>
  );
}

function Health() {
  const t = useMessages(ADMIN_MESSAGES);
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.healthLoading} />;
  return <SystemHealthCard timeZone={timeZone} />;
}
