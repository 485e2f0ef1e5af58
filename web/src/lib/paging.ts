/**
 * A list's page as a URL keeps it (`page` from 0, as the API counts, and `size`), for the
 * paged lists whose filters live in the query string (audit log, users).
 */
export interface Paging {
  page: number;
  size: number;
}

export interface PagingRules {
  defaultSize: number;
  maxSize: number;
}

const MAX_PAGE = 1_000_000;

function wholeNumber(text: string | null, fallback: number, min: number, max: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  return Math.min(Math.max(Number(text), min), max);
}

/** The page a URL asks for; blanks and nonsense fall back to the first page of the default size. */
export function pagingOf(search: URLSearchParams, rules: PagingRules): Paging {
  return {
    page: wholeNumber(search.get('page'), 0, 0, MAX_PAGE),
    size: wholeNumber(search.get('size'), rules.defaultSize, 1, rules.maxSize),
  };
}

/** Writes the page into `search`, each value only where it is not the default. */
export function writePaging(search: URLSearchParams, paging: Paging, rules: PagingRules): void {
  if (paging.page > 0) search.set('page', String(paging.page));
  if (paging.size !== rules.defaultSize) search.set('size', String(paging.size));
}

/** The last page number (from 0) for `total` rows; 0 when there are none. */
export function lastPage(total: number, size: number): number {
  return Math.max(0, Math.ceil(total / size) - 1);
}
