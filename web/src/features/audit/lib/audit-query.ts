import { pagingOf, writePaging, type Paging, type PagingRules } from '@/lib/paging';

/**
 * The audit list's filters and page as the URL keeps them, with the names and meaning of the
 * server's AuditQuery (every filter exact; `from` inclusive, `to` exclusive, ISO 8601 instants),
 * so a shared link, the list and the CSV export all ask for the same rows.
 */
export const FILTER_NAMES = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type AuditFilters = Partial<Record<FilterName, string>>;

export interface AuditQuery extends AuditFilters, Paging {}

export const PAGE_SIZES = [25, 50, 100, 200] as const;
const PAGING: PagingRules = { defaultSize: 50, maxSize: 500 };

export const EXPORT_PATH = '/api/v1/admin/audit/export.csv';

/** The query a URL asks for; blanks and nonsense fall back to the defaults. */
export function auditQueryOf(search: URLSearchParams): AuditQuery {
  const filters: AuditFilters = {};
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { ...filters, ...pagingOf(search, PAGING) };
}

/** Only the filters, without paging: what the export takes. */
export function filtersOf(query: AuditFilters): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of FILTER_NAMES) {
    const value = query[name]?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** The URL's search for a query: set filters only, and paging only where not the default. */
export function searchOf(query: AuditQuery): URLSearchParams {
  const search = new URLSearchParams(filtersOf(query));
  writePaging(search, query, PAGING);
  return search;
}

/** The CSV export of the rows these filters match (all of them, oldest first). */
export function exportUrlOf(query: AuditFilters): string {
  const search = new URLSearchParams(filtersOf(query)).toString();
  return search ? `${EXPORT_PATH}?${search}` : EXPORT_PATH;
}

export function hasFilters(query: AuditFilters): boolean {
  return Object.keys(filtersOf(query)).length > 0;
}
