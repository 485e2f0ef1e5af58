import './segmented-control.css';

export interface SegmentOption<T extends string> {
  value: T;
  label: string;
  /** Longer description for screen readers and the tooltip, e.g. "3 months". */
  description?: string;
}

interface SegmentedControlProps<T extends string> {
  label: string;
  options: readonly SegmentOption<T>[];
  /** The pressed option, or null when none is (e.g. after the user zoomed by hand). */
  value: T | null;
  onChange: (value: T) => void;
  testId?: string;
}

/** A row of toggle buttons, one pressed at a time (aria-pressed, so each is a plain tab stop). */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
  testId,
}: SegmentedControlProps<T>) {
  return (
    <div className="segmented" role="group" aria-label={label} data-testid={testId}>
      {options.map((option) => {
        const active = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            className={active ? 'segmented-button active' : 'segmented-button'}
            aria-pressed={active}
            title={option.description}
            aria-label={option.description}
            data-value={option.value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
