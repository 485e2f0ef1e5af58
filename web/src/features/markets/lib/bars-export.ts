export interface BarsExport {
  symbol: string;
  interval: string;
  /** First and last day (in the instrument's zone), both included; omitted for all history. */
  from?: string;
  to?: string;
}

/** The bars endpoint's CSV download for a symbol, interval and range. */
export function barsCsvUrl({ symbol, interval, from, to }: BarsExport): string {
  const query = new URLSearchParams({ interval });
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  query.set('format', 'csv');
  return `/api/v1/instruments/${encodeURIComponent(symbol)}/bars?${query.toString()}`;
}
