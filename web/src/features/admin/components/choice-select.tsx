import type { SelectHTMLAttributes } from 'react';

interface ChoiceSelectProps<T extends string> extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
> {
  choices: readonly T[];
  labelOf: (choice: T) => string;
  value: T | undefined;
  /** With it, a first option that stands for no choice (a filter that is not set). */
  anyLabel?: string;
  onChange: (value: T | undefined) => void;
}

/** A select of a fixed set of server values (roles, tiers), each shown in the reader's words. */
export function ChoiceSelect<T extends string>({
  choices,
  labelOf,
  value,
  anyLabel,
  onChange,
  ...rest
}: ChoiceSelectProps<T>) {
  return (
    <select
      {...rest}
      value={value ?? ''}
      onChange={(event) => onChange(choices.find((choice) => choice === event.target.value))}
    >
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}
