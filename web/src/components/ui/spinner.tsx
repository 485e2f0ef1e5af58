import './spinner.css';

interface SpinnerProps {
  /** Announced to screen readers and shown beside the spinner. */
  label: string;
}

export function Spinner({ label }: SpinnerProps) {
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner-wheel" aria-hidden="true" />
      <span className="spinner-label">{label}</span>
    </div>
  );
}
