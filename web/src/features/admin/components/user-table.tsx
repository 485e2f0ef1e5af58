import { useMessages } from '@/lib/i18n/locale-context';
import '@/components/ui/table.css';

import type { StaffAccount } from '../api/types';
import { ADMIN_MESSAGES } from '../lib/messages';

import { UserRow, type Viewer } from './user-row';

interface UserTableProps {
  users: readonly StaffAccount[];
  timeZone: string;
  viewer: Viewer;
  /** Says what an action did, once the server has done it. */
  onDone: (notice: string) => void;
}

export function UserTable({ users, timeZone, viewer, onDone }: UserTableProps) {
  const t = useMessages(ADMIN_MESSAGES);
  return (
    <div className="table-scroll">
      <table className="table admin-table" data-testid="users-table">
        <caption className="visually-hidden">{t.table}</caption>
        <thead>
          <tr>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.displayName}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.tier}</th>
            <th scope="col">{t.emailVerified}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.created}</th>
            {viewer.canManage && <th scope="col">{t.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow
              // A saved role or tier starts the row's selects over from the server's values.
              key={`${user.id}:${user.role}:${user.tier}`}
              user={user}
              timeZone={timeZone}
              viewer={viewer}
              onDone={onDone}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
