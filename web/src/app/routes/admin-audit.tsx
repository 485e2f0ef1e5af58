import { Spinner } from '@/components/ui/spinner';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { AuditLogView } from '@/features/audit/components/audit-log-view';
import { AUDIT_MESSAGES } from '@/features/audit/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { ADMINISTRATORS } from '../roles';
import { useReaderTimeZone } from '../use-reader-time-zone';

import { RoleGate } from './role-gate';

export function AdminAuditRoute() {
  const t = useMessages(AUDIT_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.auditLog)}</title>
      <h1>{t.auditLog}</h1>
      <RequireSignIn>
        <RoleGate
          roles={ADMINISTRATORS}
          notAllowed={{ title: t.notAllowed, body: t.notAllowedBody }}
        >
          {() => <AuditLog />}
        </RoleGate>
      </RequireSignIn>
    </div>
  );
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
