import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { hasOtherProblems, serverFieldErrors } from '@/lib/api/field-errors';
import { useMessages } from '@/lib/i18n/locale-context';

import { useAuditRows } from '../api/get-audit-rows';
import {
  auditQueryOf,
  exportUrlOf,
  FILTER_NAMES,
  hasFilters,
  PAGE_SIZES,
  searchOf,
  type AuditFilters,
  type AuditQuery,
} from '../lib/audit-query';
import { AUDIT_MESSAGES } from '../lib/messages';

import { AuditFiltersForm } from './audit-filters';
import { AuditTable } from './audit-table';
import { ChainCheck } from './chain-check';
import './audit.css';

/**
 * The audit log for administrators: filters and page in the URL (so a link shows the same
 * rows), the chain check and the CSV export of what the filters match.
 */
export function AuditLogView({ timeZone }: { timeZone: string }) {
  const t = useMessages(AUDIT_MESSAGES);
  const [search, setSearch] = useSearchParams();
  const query = auditQueryOf(search);
  const rows = useAuditRows(query);
  const go = (next: AuditQuery) => setSearch(searchOf(next));
  const apply = (filters: AuditFilters) => go({ ...filters, page: 0, size: query.size });
  const filterTo = (name: keyof AuditFilters, value: string) =>
    `?${searchOf({ ...query, [name]: value, page: 0 }).toString()}`;

  const errors = rows.isError ? serverFieldErrors(rows.error, FILTER_NAMES) : {};
  let body;
  if (rows.isPending) {
    body = <Spinner label={t.loading} />;
  } else if (rows.isError) {
    body = hasOtherProblems(rows.error, FILTER_NAMES) && (
      <ProblemAlert heading={t.loadFailed} error={rows.error} onRetry={() => void rows.refetch()} />
    );
  } else if (rows.data.items.length === 0) {
    body = (
      <EmptyState title={t.noRows}>
        <p>{hasFilters(query) ? t.noRowsFiltered : t.noRowsAtAll}</p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <AuditTable rows={rows.data.items} timeZone={timeZone} filterTo={filterTo} />
        <Pager
          testId="audit"
          labels={t}
          sizes={PAGE_SIZES}
          page={rows.data.page}
          size={rows.data.size}
          total={rows.data.total}
          shown={rows.data.items.length}
          onPage={(page) => go({ ...query, page })}
          onSize={(size) => go({ ...query, size, page: 0 })}
        />
      </>
    );
  }

  return (
    <div className="audit">
      <AuditFiltersForm
        // A new URL (back button, a filter link) starts the form over from it.
        key={search.toString()}
        filters={query}
        timeZone={timeZone}
        errors={errors}
        onApply={apply}
      />
      <div className="audit-toolbar">
        <ChainCheck />
        <p className="audit-export">
          <a href={exportUrlOf(query)} download data-testid="audit-export">
            {t.exportCsv}
          </a>{' '}
          <span className="muted">{t.exportHelp}</span>
        </p>
      </div>
      <section
        className="audit-rows"
        aria-labelledby="audit-rows-heading"
        aria-busy={rows.isFetching}
      >
        <h2 id="audit-rows-heading" className="visually-hidden">
          {t.rows}
        </h2>
        {body}
      </section>
    </div>
  );
}
