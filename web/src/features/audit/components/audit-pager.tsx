import { Button } from '@/components/ui/button';
import { useMessages } from '@/lib/i18n/locale-context';

import { lastPage, PAGE_SIZES } from '../lib/audit-query';
import { AUDIT_MESSAGES } from '../lib/messages';

interface AuditPagerProps {
  page: number;
  size: number;
  total: number;
  /** Rows on this page, which may be fewer than `size` on the last one. */
  shown: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

export function AuditPager({ page, size, total, shown, onPage, onSize }: AuditPagerProps) {
  const t = useMessages(AUDIT_MESSAGES);
  const first = page * size + 1;
  const sizes = PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number])
    ? PAGE_SIZES
    : [...PAGE_SIZES, size].sort((a, b) => a - b);
  return (
    <nav className="audit-pager" aria-label={t.paging}>
      <p role="status" data-testid="audit-range">
        {t.range(Math.min(first, total), Math.min(page * size + shown, total), total)}
      </p>
      <div className="audit-actions">
        <Button disabled={page === 0} onClick={() => onPage(page - 1)}>
          {t.previous}
        </Button>
        <Button disabled={page >= lastPage(total, size)} onClick={() => onPage(page + 1)}>
          {t.next}
        </Button>
        <label className="audit-page-size">
          {t.pageSize}{' '}
          <select value={size} onChange={(event) => onSize(Number(event.target.value))}>
            {sizes.map((choice) => (
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
