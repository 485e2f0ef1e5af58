import type { ReactNode } from 'react';

import './form-field.css';

/** The attributes that tie an input to its help and error text. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  /** The form's own check or the server's word on the field. */
  error?: string;
  /** Renders the control with the id and aria attributes it needs. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control with its help and error text, announced with it by screen readers. */
export function FormField({ id, label, help, error, children }: FormFieldProps) {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'form-field form-field-invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
      })}
      {help && (
        <p className="form-field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  );
}

/** A field's error text, for groups (a set of checkboxes) that FormField does not wrap. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="form-field-error" id={id} data-testid={id}>
      {children}
    </p>
  );
}
