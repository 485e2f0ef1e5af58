import { lastPage } from '@/lib/paging';

import { Button } from './button';
import './pager.css';

export interface PagerLabels {
  /** Names the pager for screen readers, e.g. "Pages". */
  paging: string;
  /** "Rows 1–50 of 120", from 1, as the reader counts. */
  range: (first: number, last: number, total: number) => string;
  previous: string;
  next: string;
  pageSize: string;
}

interface PagerProps {
  /** Prefix of the range's test id: `${testId}-range`. */
  testId: string;
  labels: PagerLabels;
  /** From 0, as the API counts. */
  page: number;
  size: number;
  total: number;
  /** Rows on this page, which may be fewer than `size` on the last one. */
  shown: number;
  /** The sizes to choose from; a size the URL asked for is added if it is not one of them. */
  sizes: readonly number[];
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/** Where a paged list stands, the way to the previous and next page, and the page size. */
export function Pager({
  testId,
  labels,
  page,
  size,
  total,
  shown,
  sizes,
  onPage,
  onSize,
}: PagerProps) {
  const first = page * size + 1;
  const choices = sizes.includes(size) ? sizes : [...sizes, size].sort((a, b) => a - b);
  return (
    <nav className="pager" aria-label={labels.paging}>
      <p role="status" data-testid={`${testId}-range`}>
        {labels.range(Math.min(first, total), Math.min(page * size + shown, total), total)}
      </p>
      <div className="pager-controls">
        <Button disabled={page === 0} onClick={() => onPage(page - 1)}>
          {labels.previous}
        </Button>
        <Button disabled={page >= lastPage(total, size)} onClick={() => onPage(page + 1)}>
          {labels.next}
        </Button>
        <label className="pager-size">
          {labels.pageSize}{' '}
          <select value={size} onChange={(event) => onSize(Number(event.target.value))}>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </label>
      </div>
    </nav>
  );
}
