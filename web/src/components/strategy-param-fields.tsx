import type { components } from '@/lib/api/schema';
import { paramField } from '@/lib/strategy-params';

import { CheckedField } from './ui/checked-field';
import { describedBy } from './ui/described-by';

type Strategy = components['schemas']['Strategy'];

/** A schema bound as people write it: `0.00000001`, `1,000,000,000`, never `1e-8`. */
function plainNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 12 });
}

interface StrategyParamFieldsProps {
  strategy: Strategy | undefined;
  /** Prefix of the inputs' ids, e.g. `bt` gives `bt-param-period`. */
  idPrefix: string;
  /** The typed text by parameter name. */
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
  /** The errors of a field key (`params.period`): the form's check, then the server's. */
  errorsFor: (field: string) => readonly (string | undefined)[];
}

/**
 * One number input per parameter of a strategy's schema, with its range and default as help:
 * shared by the backtest form and the bot form, so both read the schema the same way.
 */
export function StrategyParamFields({
  strategy,
  idPrefix,
  values,
  onChange,
  errorsFor,
}: StrategyParamFieldsProps) {
  return strategy?.params.map((param) => {
    const field = paramField(param.name);
    const id = `${idPrefix}-param-${param.name}`;
    const errors = errorsFor(field);
    const invalid = errors.some(Boolean);
    return (
      <CheckedField
        key={`${strategy.id}:${param.name}`}
        id={id}
        label={param.name}
        help={`${param.description} · ${param.type === 'INTEGER' ? 'whole number' : 'number'} from ${plainNumber(param.min)} to ${plainNumber(param.max)}, default ${plainNumber(param.defaultValue)}`}
        errors={errors}
      >
        <input
          id={id}
          name={field}
          type="number"
          inputMode={param.type === 'INTEGER' ? 'numeric' : 'decimal'}
          min={param.min}
          max={param.max}
          step={param.type === 'INTEGER' ? 1 : 'any'}
          value={values[param.name] ?? ''}
          onChange={(event) => onChange(param.name, event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy(id, true, invalid)}
          data-param={param.name}
        />
      </CheckedField>
    );
  });
}
