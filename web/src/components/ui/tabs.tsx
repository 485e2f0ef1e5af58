import { useRef, type KeyboardEvent, type ReactNode } from 'react';

import './tabs.css';

export interface TabOption<T extends string> {
  value: T;
  label: string;
}

interface TabsProps<T extends string> {
  /** Names the tab list for screen readers, e.g. "Market". */
  label: string;
  /** Prefix of the tab and panel ids; unique on the page. */
  id: string;
  options: readonly TabOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** The selected tab's panel. */
  children: ReactNode;
}

/**
 * A tab list and the selected tab's panel (WAI-ARIA tabs): one tab stop for the list, arrow keys,
 * Home and End move between tabs and select them.
 */
export function Tabs<T extends string>({
  label,
  id,
  options,
  value,
  onChange,
  children,
}: TabsProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  const tabId = (option: T) => `${id}-tab-${option}`;

  const select = (index: number) => {
    const option = options[(index + options.length) % options.length];
    if (!option) return;
    onChange(option.value);
    listRef.current
      ?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(option.value))}`)
      ?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = options.findIndex((option) => option.value === value);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: options.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  };

  return (
    <div className="tabs">
      <div
        ref={listRef}
        className="tabs-list"
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        {options.map((option) => {
          const selected = option.value === value;
          return (
            <button
              key={option.value}
              id={tabId(option.value)}
              type="button"
              role="tab"
              className={selected ? 'tabs-tab selected' : 'tabs-tab'}
              aria-selected={selected}
              aria-controls={`${id}-panel`}
              tabIndex={selected ? 0 : -1}
              data-value={option.value}
              onClick={() => onChange(option.value)}
            >
              {option.label}
            </button>
          );
        })}
      </div>
      <div
        id={`${id}-panel`}
        className="tabs-panel"
        role="tabpanel"
        aria-labelledby={tabId(value)}
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
