import type { ReactNode } from 'react';

import './form-field.css';

interface CheckedFieldProps {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  /** The form's own check, then the server's word on the same field; repeats are shown once. */
  errors: readonly (string | undefined)[];
  children: ReactNode;
}

/**
 * A labelled control that shows several errors at once (the form's check and the server's), for
 * forms that check as people type. The control sets its own aria attributes with `describedBy`.
 */
export function CheckedField({ id, label, help, errors, children }: CheckedFieldProps) {
  const shown = [...new Set(errors.filter((error): error is string => Boolean(error)))];
  return (
    <div className={shown.length > 0 ? 'form-field form-field-invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {help && (
        <p className="form-field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {shown.map((error) => (
        <p key={error} className="form-field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ))}
    </div>
  );
}
