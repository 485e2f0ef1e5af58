import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { StrategyParamFields } from '@/components/strategy-param-fields';
import { Button } from '@/components/ui/button';
import { CheckedField as Field } from '@/components/ui/checked-field';
import { describedBy } from '@/components/ui/described-by';
// the shared field styles; the form's Field also shows several errors at once
import '@/components/ui/form-field.css';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { formatCount } from '@/lib/format';

import { useRunBacktest } from '../api/run-backtest';
import type { Instrument, Strategy } from '../api/types';
import {
  buildRequest,
  checkForm,
  coverageRange,
  initialValues,
  paramDefaults,
  paramField,
  serverFieldErrors,
  MAX_MONTE_CARLO_RUNS,
  type BacktestFormValues,
  type FieldErrors,
  type MonteCarloResampling,
} from '../lib/form';
import { intervalDescription } from '../lib/intervals';
import { backtestPath } from '../lib/paths';

import { FormCatalogue } from './form-catalogue';
import './backtest-form.css';

/** The error keys (`cash`, `commission`, `params.period`) of the fields a patch changes. */
/** The field a value's errors are keyed by, where the names differ. */
const FIELD_OF_VALUE: Record<string, string> = {
  commissionPercent: 'commission',
  monteCarloRuns: 'monteCarlo.runs',
  monteCarloResampling: 'monteCarlo.resampling',
};

function changedFields(values: BacktestFormValues, patch: Partial<BacktestFormValues>): string[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'params') {
      const params = value as Record<string, string>;
      for (const name of Object.keys(params)) {
        if (params[name] !== values.params[name]) fields.push(paramField(name));
      }
    } else if (value !== values[key as keyof BacktestFormValues]) {
      fields.push(FIELD_OF_VALUE[key] ?? key);
    }
  }
  return fields;
}

/** The instrument a new form starts on: SPY when listed (the longest bundled history). */
function preferredInstrument(instruments: readonly Instrument[]): Instrument | undefined {
  return instruments.find((item) => item.symbol === 'SPY') ?? instruments[0];
}

/** The form, once the instruments and the strategy catalogue are loaded. */
export function BacktestForm() {
  return (
    <FormCatalogue>
      {(instruments, strategies) => (
        <BacktestFormFields instruments={instruments} strategies={strategies} />
      )}
    </FormCatalogue>
  );
}

interface BacktestFormFieldsProps {
  instruments: readonly Instrument[];
  strategies: readonly Strategy[];
}

export function BacktestFormFields({ instruments, strategies }: BacktestFormFieldsProps) {
  const navigate = useNavigate();
  const run = useRunBacktest();
  const [values, setValues] = useState<BacktestFormValues>(() =>
    initialValues(preferredInstrument(instruments), strategies[0]),
  );
  const [blocking, setBlocking] = useState<FieldErrors>({});
  // Fields edited since the last run: the server's word on them no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());

  const instrument = instruments.find((item) => item.symbol === values.symbol);
  const strategy = strategies.find((item) => item.id === values.strategy);
  const clientErrors = { ...checkForm(values, strategy), ...blocking };
  const serverErrors = run.isError ? serverFieldErrors(run.error) : {};
  const serverError = (field: string) => (edited.has(field) ? undefined : serverErrors[field]);
  const errorsFor = (field: string) => [clientErrors[field], serverError(field)];
  const invalid = (field: string) => Boolean(clientErrors[field] ?? serverError(field));

  const update = (patch: Partial<BacktestFormValues>) => {
    setBlocking({});
    setEdited((current) => new Set([...current, ...changedFields(values, patch)]));
    setValues((current) => ({ ...current, ...patch }));
  };

  const onInstrumentChange = (symbol: string) => {
    const next = instruments.find((item) => item.symbol === symbol);
    const fresh = initialValues(next, strategy);
    update({ symbol, interval: fresh.interval, from: fresh.from, to: fresh.to });
  };

  const onIntervalChange = (interval: string) => {
    update({ interval, ...coverageRange(instrument, interval) });
  };

  const onStrategyChange = (id: string) => {
    update({ strategy: id, params: paramDefaults(strategies.find((item) => item.id === id)) });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (run.isPending) return;
    const built = buildRequest(values, strategy);
    if (!built.ok) {
      setBlocking(built.errors);
      return;
    }
    setEdited(new Set());
    run.mutate(built.request, {
      onSuccess: (backtest) => void navigate(backtestPath(backtest.id)),
    });
  };

  const series = instrument?.series ?? [];
  const coverage = coverageRange(instrument, values.interval);

  return (
    <form className="backtest-form" onSubmit={onSubmit} noValidate aria-label="New backtest">
      <fieldset className="form-group" disabled={run.isPending}>
        <legend>Market</legend>
        <Field id="bt-symbol" label="Instrument" errors={errorsFor('symbol')}>
          <select
            id="bt-symbol"
            name="symbol"
            value={values.symbol}
            onChange={(event) => onInstrumentChange(event.target.value)}
            aria-invalid={invalid('symbol')}
          >
            {!instrument && <option value="">Choose an instrument</option>}
            {instruments.map((item) => (
              <option key={item.symbol} value={item.symbol}>
                {item.symbol} · {item.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="bt-interval" label="Interval" errors={errorsFor('interval')}>
          <select
            id="bt-interval"
            name="interval"
            value={values.interval}
            onChange={(event) => onIntervalChange(event.target.value)}
            aria-invalid={invalid('interval')}
          >
            {series.map((item) => (
              <option key={item.interval} value={item.interval}>
                {item.interval} ({intervalDescription(item.interval)})
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="bt-from"
          label="From"
          help={coverage.from ? `Data from ${coverage.from}` : undefined}
          errors={errorsFor('from')}
        >
          <input
            id="bt-from"
            name="from"
            type="date"
            value={values.from}
            min={coverage.from || undefined}
            max={coverage.to || undefined}
            onChange={(event) => update({ from: event.target.value })}
            aria-invalid={invalid('from')}
            aria-describedby={describedBy('bt-from', Boolean(coverage.from), invalid('from'))}
          />
        </Field>
        <Field
          id="bt-to"
          label="To"
          help={coverage.to ? `Data to ${coverage.to}` : undefined}
          errors={errorsFor('to')}
        >
          <input
            id="bt-to"
            name="to"
            type="date"
            value={values.to}
            min={coverage.from || undefined}
            max={coverage.to || undefined}
            onChange={(event) => update({ to: event.target.value })}
            aria-invalid={invalid('to')}
            aria-describedby={describedBy('bt-to', Boolean(coverage.to), invalid('to'))}
          />
        </Field>
      </fieldset>

      <fieldset className="form-group" disabled={run.isPending}>
        <legend>Strategy</legend>
        <Field
          id="bt-strategy"
          label="Strategy"
          help={strategy?.description}
          errors={errorsFor('strategy')}
        >
          <select
            id="bt-strategy"
            name="strategy"
            value={values.strategy}
            onChange={(event) => onStrategyChange(event.target.value)}
            aria-invalid={invalid('strategy')}
            aria-describedby={describedBy('bt-strategy', Boolean(strategy), invalid('strategy'))}
          >
            {strategies.map((item) => (
              <option key={item.id} value={item.id}>
                {item.id}
              </option>
            ))}
          </select>
        </Field>
        <StrategyParamFields
          strategy={strategy}
          idPrefix="bt"
          values={values.params}
          onChange={(name, value) => update({ params: { ...values.params, [name]: value } })}
          errorsFor={errorsFor}
        />
      </fieldset>

      <fieldset className="form-group" disabled={run.isPending}>
        <legend>Account</legend>
        <Field
          id="bt-cash"
          label={`Starting cash${instrument ? ` (${instrument.currency})` : ''}`}
          errors={errorsFor('cash')}
        >
          <input
            id="bt-cash"
            name="cash"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={values.cash}
            onChange={(event) => update({ cash: event.target.value })}
            aria-invalid={invalid('cash')}
            aria-describedby={describedBy('bt-cash', false, invalid('cash'))}
          />
        </Field>
        <Field
          id="bt-commission"
          label="Commission (%)"
          help="Percent of traded value per fill; 0.1 means 0.1 %"
          errors={errorsFor('commission')}
        >
          <input
            id="bt-commission"
            name="commission"
            type="number"
            inputMode="decimal"
            min={0}
            max={10}
            step="any"
            value={values.commissionPercent}
            onChange={(event) => update({ commissionPercent: event.target.value })}
            aria-invalid={invalid('commission')}
            aria-describedby={describedBy('bt-commission', true, invalid('commission'))}
          />
        </Field>
      </fieldset>

      <fieldset className="form-group" disabled={run.isPending}>
        <legend>Monte Carlo of the trades</legend>
        <Field
          id="bt-mc-runs"
          label="Runs"
          help="Resampled runs of the closed trades; 0 for none, else 100 to 10,000"
          errors={errorsFor('monteCarlo.runs')}
        >
          <input
            id="bt-mc-runs"
            name="monteCarloRuns"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_MONTE_CARLO_RUNS}
            step={100}
            value={values.monteCarloRuns}
            onChange={(event) => update({ monteCarloRuns: event.target.value })}
            aria-invalid={invalid('monteCarlo.runs')}
            aria-describedby={describedBy('bt-mc-runs', true, invalid('monteCarlo.runs'))}
          />
        </Field>
        <Field
          id="bt-mc-resampling"
          label="Resampling"
          help="Bootstrap draws trades with replacement (final equity varies); shuffle reorders them (only the path varies)"
          errors={errorsFor('monteCarlo.resampling')}
        >
          <select
            id="bt-mc-resampling"
            name="monteCarloResampling"
            value={values.monteCarloResampling}
            onChange={(event) =>
              update({ monteCarloResampling: event.target.value as MonteCarloResampling })
            }
            aria-describedby={describedBy('bt-mc-resampling', true, false)}
          >
            <option value="BOOTSTRAP">Bootstrap</option>
            <option value="SHUFFLE">Shuffle</option>
          </select>
        </Field>
      </fieldset>

      <div className="backtest-form-actions">
        <Button
          type="submit"
          disabled={run.isPending}
          aria-busy={run.isPending}
          data-testid="run-backtest"
        >
          {run.isPending ? 'Running…' : 'Run backtest'}
        </Button>
        {run.isPending && run.progress === undefined && <Spinner label="Running the backtest…" />}
        {run.isPending && run.progress !== undefined && (
          <span className="backtest-progress">
            <progress
              max={run.progress.bars}
              value={run.progress.done}
              aria-label="Bars simulated"
              data-testid="backtest-progress"
            />
            <span>
              {run.progress.status === 'QUEUED'
                ? 'queued'
                : `${formatCount(run.progress.done)} / ${formatCount(run.progress.bars)} bars`}
            </span>
          </span>
        )}
      </div>

      {run.isError && <ProblemAlert heading="The backtest did not run" error={run.error} />}
    </form>
  );
}
