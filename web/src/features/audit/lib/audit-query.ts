/**
 * The audit list's filters and page as the URL keeps them, with the names and meaning of the
 * server's AuditQuery (every filter exact; `from` inclusive, `to` exclusive, ISO 8601 instants),
 * so a shared link, the list and the CSV export all ask for the same rows.
 */
export const FILTER_NAMES = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type AuditFilters = Partial<Record<FilterName, string>>;

export interface AuditQuery extends AuditFilters {
  /** From 0, as the API counts. */
  page: number;
  size: number;
}

export const DEFAULT_PAGE_SIZE = 50;
export const PAGE_SIZES = [25, 50, 100, 200] as const;
const MAX_PAGE_SIZE = 500;

export const EXPORT_PATH = '/api/v1/admin/audit/export.csv';

function wholeNumber(text: string | null, fallback: number, min: number, max: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  return Math.min(Math.max(Number(text), min), max);
}

/** The query a URL asks for; blanks and nonsense fall back to the defaults. */
export function auditQueryOf(search: URLSearchParams): AuditQuery {
  const filters: AuditFilters = {};
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return {
    ...filters,
    page: wholeNumber(search.get('page'), 0, 0, 1_000_000),
    size: wholeNumber(search.get('size'), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
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
  if (query.page > 0) search.set('page', String(query.page));
  if (query.size !== DEFAULT_PAGE_SIZE) search.set('size', String(query.size));
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

/** The last page number (from 0) for `total` rows; 0 when there are none. */
export function lastPage(total: number, size: number): number {
  return Math.max(0, Math.ceil(total / size) - 1);
}
