import type { FormEvent, ReactNode } from 'react';

import { Button } from './button';
import './filter-panel.css';

interface FilterPanelProps {
  /** Names the form for screen readers, e.g. "Filters". */
  label: string;
  applyLabel: string;
  clearLabel: string;
  onApply: () => void;
  onClear: () => void;
  /** The filter fields, laid out in a grid. */
  children: ReactNode;
  className?: string;
}

/** The filters of a list, with the buttons that apply and clear them. */
export function FilterPanel({
  label,
  applyLabel,
  clearLabel,
  onApply,
  onClear,
  children,
  className,
}: FilterPanelProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form
      className={['filter-panel', className].filter(Boolean).join(' ')}
      onSubmit={onSubmit}
      noValidate
      aria-label={label}
    >
      <div className="filter-panel-fields">{children}</div>
      <div className="filter-panel-actions">
        <Button type="submit" className="filter-panel-apply">
          {applyLabel}
        </Button>
        <Button variant="ghost" onClick={onClear}>
          {clearLabel}
        </Button>
      </div>
    </form>
  );
}
