import type { ReactNode } from 'react';

import { Button } from './button';
import './confirm-bar.css';

interface ConfirmBarProps {
  /** What is about to happen, read out as soon as the bar appears. */
  question: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while the request runs. */
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/** An inline "are you sure?" for a step that cannot be undone at a click (delete, lock). */
export function ConfirmBar({
  question,
  confirmLabel,
  busyLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
  testId,
}: ConfirmBarProps) {
  return (
    <div className="confirm-bar" data-testid={testId}>
      <span role="alert">{question}</span>
      <Button disabled={busy} aria-busy={busy} onClick={onConfirm}>
        {busy ? busyLabel : confirmLabel}
      </Button>
      <Button variant="ghost" disabled={busy} onClick={onCancel}>
        {cancelLabel}
      </Button>
    </div>
  );
}
