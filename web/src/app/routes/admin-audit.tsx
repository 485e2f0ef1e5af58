import { Spinner } from '@/components/ui/spinner';
import { useSession } from '@/features/account/api/get-session';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { AuditLogView } from '@/features/audit/components/audit-log-view';
import { AUDIT_MESSAGES } from '@/features/audit/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { useReaderTimeZone } from '../use-reader-time-zone';

export function AdminAuditRoute() {
  const t = useMessages(AUDIT_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.auditLog)}</title>
      <h1>{t.auditLog}</h1>
      <RequireSignIn>
        <AdministratorsOnly />
      </RequireSignIn>
    </div>
  );
}

/**
 * The server answers 403 to anyone but an administrator; saying so up front spares them a
 * failed request and a page of filters that cannot work.
 */
function AdministratorsOnly() {
  const t = useMessages(AUDIT_MESSAGES);
  const session = useSession();
  if (session.status !== 'signed-in' || session.session.role !== 'ADMIN') {
    return (
      <div className="page-section" data-testid="not-allowed">
        <h2>{t.notAllowed}</h2>
        <p className="page-prose">{t.notAllowedBody}</p>
      </div>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const t = useMessages(AUDIT_MESSAGES);
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.loading} />;
  return (
    <>
      <p className="page-prose">{t.auditIntro}</p>
      <AuditLogView timeZone={timeZone} />
    </>
  );
}
