import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { hasOtherProblems, serverFieldErrors } from '@/lib/api/field-errors';
import { useMessages } from '@/lib/i18n/locale-context';

import { useUsers } from '../api/get-users';
import { ADMIN_MESSAGES } from '../lib/messages';
import {
  FILTER_NAMES,
  hasFilters,
  PAGE_SIZES,
  searchOf,
  userQueryOf,
  type UserFilters,
  type UserQuery,
} from '../lib/user-query';

import { UserFiltersForm } from './user-filters';
import type { Viewer } from './user-row';
import { UserTable } from './user-table';
import './admin.css';

interface UserListViewProps {
  timeZone: string;
  viewer: Viewer;
}

/**
 * The accounts for staff: filters and page in the URL (so a link shows the same users), and for
 * administrators each row's role, tier, lock and sessions.
 */
export function UserListView({ timeZone, viewer }: UserListViewProps) {
  const t = useMessages(ADMIN_MESSAGES);
  const [search, setSearch] = useSearchParams();
  const query = userQueryOf(search);
  const users = useUsers(query);
  const [notice, setNotice] = useState<string | undefined>();
  const go = (next: UserQuery) => {
    setNotice(undefined);
    setSearch(searchOf(next));
  };
  const apply = (filters: UserFilters) => go({ ...filters, page: 0, size: query.size });

  const errors = users.isError ? serverFieldErrors(users.error, FILTER_NAMES) : {};
  let body;
  if (users.isPending) {
    body = <Spinner label={t.loading} />;
  } else if (users.isError) {
    body = hasOtherProblems(users.error, FILTER_NAMES) && (
      <ProblemAlert
        heading={t.loadFailed}
        error={users.error}
        onRetry={() => void users.refetch()}
      />
    );
  } else if (users.data.items.length === 0) {
    body = (
      <EmptyState title={t.noUsers}>
        <p>{hasFilters(query) ? t.noUsersFiltered : t.noUsersAtAll}</p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <UserTable
          users={users.data.items}
          timeZone={timeZone}
          viewer={viewer}
          onDone={setNotice}
        />
        <Pager
          testId="users"
          labels={t}
          sizes={PAGE_SIZES}
          page={users.data.page}
          size={users.data.size}
          total={users.data.total}
          shown={users.data.items.length}
          onPage={(page) => go({ ...query, page })}
          onSize={(size) => go({ ...query, size, page: 0 })}
        />
      </>
    );
  }

  return (
    <div className="admin">
      {!viewer.canManage && <p className="page-prose">{t.maskedNote}</p>}
      <UserFiltersForm
        // A new URL (back button, a shared link) starts the form over from it.
        key={search.toString()}
        filters={query}
        errors={errors}
        onApply={apply}
      />
      <p className="admin-notice" role="status" data-testid="users-notice">
        {notice}
      </p>
      <section className="admin-users" aria-labelledby="users-heading" aria-busy={users.isFetching}>
        <h2 id="users-heading" className="visually-hidden">
          {t.table}
        </h2>
        {body}
      </section>
    </div>
  );
}
