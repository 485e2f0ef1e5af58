import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatCount } from '@/lib/format';

import { useStartSweep } from '../api/start-sweep';
import type { Instrument, Strategy } from '../api/types';
import { coverageRange, defaultInterval } from '../lib/form';
import { intervalDescription } from '../lib/intervals';
import { sweepPath } from '../lib/paths';
import {
  buildRanges,
  capWarnings,
  choiceSize,
  combinationCount,
  defaultChoices,
  METRICS,
  type ParamChoice,
} from '../lib/sweep';
import {
  barsNeeded,
  buildWalkForward,
  defaultWalkForward,
  WINDOWS,
  type WalkForwardChoice,
} from '../lib/walk-forward';

import { FormCatalogue } from './form-catalogue';
import '@/components/ui/form-field.css';
import './backtest-form.css';
import './sweep-view.css';

/** A schema bound as people write it: `0.00000001`, `1,000,000,000`, never `1e-8`. */
function plainNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 12 });
}

/** The form, once the instruments and the strategy catalogue are loaded. */
export function SweepForm() {
  return (
    <FormCatalogue>
      {(instruments, strategies) => (
        <SweepFormFields instruments={instruments} strategies={strategies} />
      )}
    </FormCatalogue>
  );
}

interface SweepFormFieldsProps {
  instruments: readonly Instrument[];
  strategies: readonly Strategy[];
}

export function SweepFormFields({ instruments, strategies }: SweepFormFieldsProps) {
  const navigate = useNavigate();
  const start = useStartSweep();
  const first = instruments.find((item) => item.symbol === 'SPY') ?? instruments[0];
  const [symbol, setSymbol] = useState(first?.symbol ?? '');
  const [interval, setInterval] = useState(defaultInterval(first));
  const [dates, setDates] = useState(() => coverageRange(first, defaultInterval(first)));
  const [strategyId, setStrategyId] = useState(strategies[0]?.id ?? '');
  const [choices, setChoices] = useState(() => defaultChoices(strategies[0]));
  const [metric, setMetric] = useState('SHARPE');
  const [walkForward, setWalkForward] = useState(() =>
    defaultWalkForward(
      first?.series.find((item) => item.interval === defaultInterval(first))?.bars,
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  const instrument = instruments.find((item) => item.symbol === symbol);
  const strategy = strategies.find((item) => item.id === strategyId);
  const params = strategy?.params ?? [];
  const count = combinationCount(params.map((param) => choices[param.name] as ParamChoice));
  const seriesBars = instrument?.series.find((item) => item.interval === interval)?.bars;
  const warnings = capWarnings(count, seriesBars);
  const needed = walkForward.on ? barsNeeded(walkForward) : undefined;
  const setWalk = (patch: Partial<WalkForwardChoice>) => {
    setErrors({});
    setWalkForward((current) => ({ ...current, ...patch }));
  };

  const setChoice = (name: string, patch: Partial<ParamChoice>) => {
    setErrors({});
    setChoices((current) => ({
      ...current,
      [name]: { ...(current[name] as ParamChoice), ...patch },
    }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending || !strategy) return;
    const built = buildRanges(strategy, choices);
    const walk = buildWalkForward(walkForward);
    if (!built.ok || !walk.ok) {
      const walkErrors = walk.ok ? {} : walk.errors;
      setErrors({
        ...(built.ok ? {} : built.errors),
        ...Object.fromEntries(
          Object.entries(walkErrors).map(([key, value]) => [`wf-${key}`, value]),
        ),
      });
      return;
    }
    start.mutate(
      {
        strategy: strategy.id,
        symbol,
        interval,
        ...(dates.from ? { from: dates.from } : {}),
        ...(dates.to ? { to: dates.to } : {}),
        ranges: built.ranges,
        params: built.params,
        metric,
        ...(walk.walkForward ? { walkForward: walk.walkForward } : {}),
      },
      { onSuccess: (sweep) => void navigate(sweepPath(sweep.id)) },
    );
  };

  return (
    <form className="backtest-form" onSubmit={onSubmit} noValidate aria-label="New sweep">
      <fieldset className="form-group" disabled={start.isPending}>
        <legend>Market</legend>
        <div className="form-field">
          <label htmlFor="sw-symbol">Instrument</label>
          <select
            id="sw-symbol"
            value={symbol}
            onChange={(event) => {
              const next = instruments.find((item) => item.symbol === event.target.value);
              setSymbol(event.target.value);
              setInterval(defaultInterval(next));
              setDates(coverageRange(next, defaultInterval(next)));
            }}
          >
            {instruments.map((item) => (
              <option key={item.symbol} value={item.symbol}>
                {item.symbol} · {item.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="sw-interval">Interval</label>
          <select
            id="sw-interval"
            value={interval}
            onChange={(event) => {
              setInterval(event.target.value);
              setDates(coverageRange(instrument, event.target.value));
            }}
          >
            {(instrument?.series ?? []).map((item) => (
              <option key={item.interval} value={item.interval}>
                {item.interval} ({intervalDescription(item.interval)})
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="sw-from">From</label>
          <input
            id="sw-from"
            type="date"
            value={dates.from}
            onChange={(event) => setDates({ ...dates, from: event.target.value })}
          />
        </div>
        <div className="form-field">
          <label htmlFor="sw-to">To</label>
          <input
            id="sw-to"
            type="date"
            value={dates.to}
            onChange={(event) => setDates({ ...dates, to: event.target.value })}
          />
        </div>
      </fieldset>

      <fieldset className="form-group sweep-params" disabled={start.isPending}>
        <legend>Strategy and ranges</legend>
        <div className="form-field">
          <label htmlFor="sw-strategy">Strategy</label>
          <select
            id="sw-strategy"
            value={strategyId}
            onChange={(event) => {
              setStrategyId(event.target.value);
              setChoices(defaultChoices(strategies.find((item) => item.id === event.target.value)));
              setErrors({});
            }}
          >
            {strategies.map((item) => (
              <option key={item.id} value={item.id}>
                {item.id}
              </option>
            ))}
          </select>
        </div>
        {params.map((param) => {
          const choice = choices[param.name] as ParamChoice;
          const id = `sw-param-${param.name}`;
          const size = choiceSize(choice);
          return (
            <div
              key={`${strategyId}:${param.name}`}
              className={errors[param.name] ? 'form-field form-field-invalid' : 'form-field'}
              role="group"
              aria-labelledby={`${id}-label`}
              data-param={param.name}
            >
              <span id={`${id}-label`} className="sweep-param-name">
                {param.name}
              </span>
              <select
                aria-label={`${param.name}: fixed or swept`}
                value={choice.mode}
                onChange={(event) =>
                  setChoice(param.name, { mode: event.target.value as ParamChoice['mode'] })
                }
                data-testid={`${id}-mode`}
              >
                <option value="fixed">fixed</option>
                <option value="sweep">sweep</option>
              </select>
              {choice.mode === 'fixed' ? (
                <input
                  type="number"
                  aria-label={`${param.name} value`}
                  step="any"
                  value={choice.value}
                  onChange={(event) => setChoice(param.name, { value: event.target.value })}
                />
              ) : (
                <span className="sweep-range">
                  {(['from', 'to', 'step'] as const).map((part) => (
                    <input
                      key={part}
                      type="number"
                      aria-label={`${param.name} ${part}`}
                      step="any"
                      value={choice[part]}
                      onChange={(event) => setChoice(param.name, { [part]: event.target.value })}
                      data-testid={`${id}-${part}`}
                    />
                  ))}
                  <span className="muted sweep-range-size">
                    {size === undefined ? 'not a range' : `${formatCount(size)} values`}
                  </span>
                </span>
              )}
              <p className="form-field-help">
                {param.description} · from {plainNumber(param.min)} to {plainNumber(param.max)},
                default {plainNumber(param.defaultValue)}
              </p>
              {errors[param.name] && <p className="form-field-error">{errors[param.name]}</p>}
            </div>
          );
        })}
        <div className="form-field">
          <label htmlFor="sw-metric">Rank by</label>
          <select id="sw-metric" value={metric} onChange={(event) => setMetric(event.target.value)}>
            {METRICS.map((item) => (
              <option key={item.key} value={item.key}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset
        className="form-group walk-forward-fields"
        disabled={start.isPending}
        data-testid="walk-forward-fields"
      >
        <legend>Walk-forward</legend>
        <div className="form-field walk-forward-toggle">
          <label>
            <input
              type="checkbox"
              checked={walkForward.on}
              onChange={(event) => setWalk({ on: event.target.checked })}
              data-testid="walk-forward-on"
            />{' '}
            Walk forward after the grid
          </label>
          <p className="form-field-help">
            Each fold picks the best combination by the ranking metric on its train bars and runs it
            on the test bars that follow; the test windows are stitched into one out-of-sample
            record.
          </p>
        </div>
        {walkForward.on && (
          <>
            {(
              [
                ['folds', 'Folds', 'wf-folds'],
                ['trainBars', 'Train bars', 'wf-train'],
                ['testBars', 'Test bars', 'wf-test'],
              ] as const
            ).map(([name, label, id]) => (
              <div
                key={name}
                className={errors[`wf-${name}`] ? 'form-field form-field-invalid' : 'form-field'}
              >
                <label htmlFor={id}>{label}</label>
                <input
                  id={id}
                  type="number"
                  step="1"
                  value={walkForward[name]}
                  onChange={(event) => setWalk({ [name]: event.target.value })}
                />
                {errors[`wf-${name}`] && <p className="form-field-error">{errors[`wf-${name}`]}</p>}
              </div>
            ))}
            <div className="form-field">
              <label htmlFor="wf-window">Train window</label>
              <select
                id="wf-window"
                value={walkForward.window}
                onChange={(event) =>
                  setWalk({ window: event.target.value as WalkForwardChoice['window'] })
                }
              >
                {WINDOWS.map((item) => (
                  <option key={item.key} value={item.key}>
                    {item.label}
                  </option>
                ))}
              </select>
              <p className="form-field-help">
                {WINDOWS.find((item) => item.key === walkForward.window)?.help}
              </p>
            </div>
            <p className="form-field-help walk-forward-need" data-testid="walk-forward-need">
              {needed === undefined
                ? 'Enter whole numbers for folds, train and test bars.'
                : `The folds need ${formatCount(needed)} bars${
                    seriesBars === undefined
                      ? '.'
                      : `; the series has ${formatCount(seriesBars)} (fewer between your dates).`
                  }`}
            </p>
          </>
        )}
      </fieldset>

      <p className="sweep-count" data-testid="combination-count" aria-live="polite">
        {count === undefined
          ? 'Combinations: not countable until every range has from ≤ to and a step above 0.'
          : `${formatCount(count)} combination${count === 1 ? '' : 's'}`}
      </p>
      {warnings.map((warning) => (
        <p key={warning} className="form-field-error" data-testid="combination-warning">
          {warning}
        </p>
      ))}
      {errors.ranges && <p className="form-field-error">{errors.ranges}</p>}

      <div className="backtest-form-actions">
        <Button type="submit" disabled={start.isPending} data-testid="start-sweep">
          {start.isPending ? 'Starting…' : 'Start sweep'}
        </Button>
      </div>
      {start.isError && <ProblemAlert heading="The sweep did not start" error={start.error} />}
    </form>
  );
}
