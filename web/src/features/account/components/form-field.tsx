import type { ReactNode } from 'react';

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
    <div className={error ? 'account-field account-field-invalid' : 'account-field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
      })}
      {help && (
        <p className="account-field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p className="account-field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
