import '@/components/ui/button.css';
import { formatDate } from '@/lib/format';

import { barsCsvUrl } from '../lib/bars-export';
import { intervalDescription } from '../lib/intervals';

import type { VisibleDates } from './price-chart';

interface BarsCsvLinkProps {
  symbol: string;
  interval: string;
  /** The dates in view; null exports the whole series. */
  visible: VisibleDates | null;
  timeZone: string;
}

/** Noon UTC of a calendar date, so it formats as that same day in any zone. */
function dayOf(date: string) {
  return `${date}T12:00:00Z`;
}

/** Downloads the bars in view (interval and dates) as CSV from the bars endpoint. */
export function BarsCsvLink({ symbol, interval, visible, timeZone }: BarsCsvLinkProps) {
  const href = barsCsvUrl({ symbol, interval, from: visible?.from, to: visible?.to });
  const what = visible
    ? `${symbol} ${intervalDescription(interval)}, ${formatDate(dayOf(visible.from), 'UTC')} to ${formatDate(
        dayOf(visible.to),
        'UTC',
      )} (${timeZone} dates)`
    : `${symbol} ${intervalDescription(interval)}, all history`;
  return (
    <a
      className="button bars-csv-link"
      href={href}
      download
      data-testid="bars-csv-link"
      title={`Download ${what} as CSV`}
      aria-label={`Download CSV: ${what}`}
    >
      Download CSV
    </a>
  );
}
