import { Spinner } from '@/components/ui/spinner';
import type { Session } from '@/features/account/api/types';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { UserListView } from '@/features/admin/components/user-list-view';
import { ADMIN_MESSAGES } from '@/features/admin/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { ADMINISTRATORS, STAFF } from '../roles';
import { useReaderTimeZone } from '../use-reader-time-zone';

import { RoleGate } from './role-gate';

export function AdminUsersRoute() {
  const t = useMessages(ADMIN_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.users)}</title>
      <h1>{t.users}</h1>
      <RequireSignIn>
        <RoleGate roles={STAFF} notAllowed={{ title: t.notAllowed, body: t.notAllowedBody }}>
          {(session) => <Users session={session} />}
        </RoleGate>
      </RequireSignIn>
    </div>
  );
}

function Users({ session }: { session: Session }) {
  const t = useMessages(ADMIN_MESSAGES);
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.loading} />;
  return (
    <>
      <p className="page-prose">{t.usersIntro}</p>
      <UserListView
        timeZone={timeZone}
        viewer={{ id: session.id, canManage: ADMINISTRATORS.includes(session.role) }}
      />
    </>
  );
}
