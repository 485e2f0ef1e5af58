import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { ApiError } from '@/lib/api/problem';
import { formatCount, formatDateTime } from '@/lib/format';

import { isSweepRunning, useSweep } from '../api/get-sweep';
import { useRunBacktest } from '../api/run-backtest';
import type { Sweep, SweepCombination } from '../api/types';
import { BACKTESTS_PATH, backtestPath } from '../lib/paths';
import {
  defaultAxes,
  describeParams,
  heatmapMatrix,
  METRICS,
  metricOf,
  metricValue,
  parameterValues,
  sameParams,
  topCombinations,
  type Metric,
} from '../lib/sweep';

import { SweepHeatmap } from './sweep-heatmap';
import { WalkForwardTable } from './walk-forward-table';
import '@/components/ui/table.css';
import './backtest-form.css';
import './sweep-view.css';

const TOP = 20;

/** One sweep: progress while it runs, then the heatmap and the best combinations. */
export function SweepView({ id }: { id: string }) {
  const sweep = useSweep(id);
  if (sweep.isPending) return <Spinner label="Loading the sweep…" />;
  if (sweep.isError) {
    if (sweep.error instanceof ApiError && sweep.error.status === 404) {
      return (
        <div data-testid="sweep-not-found">
          <title>Sweep not found · Sage</title>
          <h1>No sweep with this id</h1>
          <p className="muted">It may have been deleted.</p>
          <p>
            <Link to={BACKTESTS_PATH}>Back to Backtests</Link>
          </p>
        </div>
      );
    }
    return (
      <ProblemAlert
        heading="Could not load the sweep"
        error={sweep.error}
        onRetry={() => void sweep.refetch()}
      />
    );
  }
  return <SweepResult sweep={sweep.data} />;
}

export function SweepResult({ sweep }: { sweep: Sweep }) {
  const swept = sweep.parameters.join(', ');
  return (
    <div
      className="sweep-view"
      data-testid="sweep-view"
      data-sweep-id={sweep.id}
      data-status={sweep.status}
    >
      <title>{`Sweep ${sweep.strategy} on ${sweep.symbol} · Sage`}</title>
      <p>
        <Link to={BACKTESTS_PATH}>← Backtests</Link>
      </p>
      <h1>
        Sweep: {sweep.strategy} on {sweep.symbol} <span className="muted">{sweep.interval}</span>
      </h1>
      <p className="muted">
        {formatCount(sweep.combinations)} combinations of {swept} over {formatCount(sweep.bars)}{' '}
        bars, ranked by {metricOf(sweep.metric).label}
        {sweep.walkForward &&
          `, then walked forward over ${formatCount(sweep.walkForward.folds)} folds`}
        ; started {formatDateTime(sweep.createdAt, 'UTC')} UTC · <strong>{sweep.status}</strong>
      </p>
      {isSweepRunning(sweep) && (
        <div className="sweep-progress">
          <progress
            max={sweep.combinations}
            value={sweep.done}
            aria-label="Combinations done"
            data-testid="sweep-progress"
          />
          <span>
            {formatCount(sweep.done)} / {formatCount(sweep.combinations)}
          </span>
        </div>
      )}
      {isSweepRunning(sweep) && sweep.walkForward && (
        <div className="sweep-progress">
          <progress
            max={sweep.walkForward.total}
            value={sweep.walkForward.done}
            aria-label="Walk-forward train backtests done"
            data-testid="walk-forward-progress"
          />
          <span>
            walk-forward: {formatCount(sweep.walkForward.done)} /{' '}
            {formatCount(sweep.walkForward.total)} train backtests
          </span>
        </div>
      )}
      {(sweep.status === 'FAILED' || sweep.status === 'CANCELED') && (
        <div className="problem-alert" role="alert" data-testid="sweep-error">
          <h2 className="problem-alert-heading">
            {sweep.status === 'FAILED' ? 'The sweep failed' : 'The sweep was canceled'}
          </h2>
          <p>{sweep.error ?? 'The server gave no reason.'}</p>
        </div>
      )}
      {sweep.status === 'DONE' && <SweepDone sweep={sweep} />}
      {sweep.status === 'DONE' && sweep.walkForward && (
        <WalkForwardTable sweep={sweep} walkForward={sweep.walkForward} />
      )}
    </div>
  );
}

function SweepDone({ sweep }: { sweep: Sweep }) {
  const results = sweep.results ?? [];
  const values = parameterValues(results, sweep.parameters);
  const axes = defaultAxes(values, sweep.parameters);
  const [metricKey, setMetricKey] = useState(sweep.metric);
  const [x, setX] = useState(axes.x ?? sweep.parameters[0] ?? '');
  const [y, setY] = useState<string | undefined>(axes.y);
  const [fixed, setFixed] = useState<Record<string, number>>(() => {
    const initial: Record<string, number> = {};
    for (const name of sweep.parameters) {
      const value = sweep.best?.params[name] ?? values[name]?.[0];
      if (value !== undefined) initial[name] = value;
    }
    return initial;
  });
  const metric = metricOf(metricKey);
  const varied = sweep.parameters.filter((name) => (values[name]?.length ?? 0) > 1);
  const held = varied.filter((name) => name !== x && name !== y);
  const matrix = heatmapMatrix(results, metric, x, y, fixed);
  // The server's best ranks by the sweep's metric; for another metric, the best in view.
  const best = metric.key === sweep.metric ? sweep.best : topCombinations(results, metric, 1)[0];

  if (results.length === 0) {
    return <p className="muted">The sweep finished without results.</p>;
  }
  return (
    <>
      <h2>Heatmap</h2>
      <div className="sweep-controls">
        <label className="form-field">
          Metric
          <select
            value={metric.key}
            onChange={(event) => setMetricKey(event.target.value)}
            data-testid="heatmap-metric"
          >
            {METRICS.map((item) => (
              <option key={item.key} value={item.key}>
                {item.label}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          Across (x)
          <select value={x} onChange={(event) => setX(event.target.value)} data-testid="heatmap-x">
            {varied.map((name) => (
              <option key={name} value={name} disabled={name === y}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {varied.length > 1 && (
          <label className="form-field">
            Up (y)
            <select
              value={y ?? ''}
              onChange={(event) => setY(event.target.value)}
              data-testid="heatmap-y"
            >
              {varied.map((name) => (
                <option key={name} value={name} disabled={name === x}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        {held.map((name) => (
          <label key={name} className="form-field">
            {name} held at
            <select
              value={fixed[name]}
              onChange={(event) => setFixed({ ...fixed, [name]: Number(event.target.value) })}
              data-testid={`heatmap-fix-${name}`}
            >
              {(values[name] ?? []).map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <SweepHeatmap matrix={matrix} metric={metric} x={x} y={y} best={best} />
      <p className="muted">
        Hover a cell for all of its figures. The outlined cell is the best by {metric.label}
        {metric.diverging ? '; red is a loss, green a gain.' : '; darker is better.'}
      </p>
      <TopCombinations sweep={sweep} metric={metric} results={results} best={best} />
    </>
  );
}

interface TopCombinationsProps {
  sweep: Sweep;
  metric: Metric;
  results: readonly SweepCombination[];
  best: SweepCombination | undefined;
}

function TopCombinations({ sweep, metric, results, best }: TopCombinationsProps) {
  const navigate = useNavigate();
  const run = useRunBacktest();
  const top = topCombinations(results, metric, TOP);
  const backtest = (combination: SweepCombination) =>
    run.mutate(
      {
        strategy: sweep.strategy,
        symbol: sweep.symbol,
        interval: sweep.interval,
        from: sweep.from,
        to: sweep.to,
        cash: sweep.cash,
        commission: sweep.commission,
        params: combination.params,
      },
      { onSuccess: (result) => void navigate(backtestPath(result.id)) },
    );
  return (
    <>
      <h2>
        Top {Math.min(TOP, top.length)} by {metric.label}
      </h2>
      <p className="muted">
        “Backtest this” runs and keeps a backtest of the combination over the sweep’s dates, cash
        and commission.
      </p>
      {run.isError && <ProblemAlert heading="The backtest did not run" error={run.error} />}
      <div className="table-scroll">
        <table className="table" data-testid="sweep-top">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Parameters</th>
              {METRICS.map((item) => (
                <th key={item.key} scope="col" className="numeric">
                  {item.label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {top.map((combination, index) => (
              <tr
                key={describeParams(combination.params)}
                data-best={sameParams(combination, best) || undefined}
              >
                <td>{index + 1}</td>
                <td>{describeParams(combination.params)}</td>
                {METRICS.map((item) => (
                  <td key={item.key} className="numeric">
                    {item.format(metricValue(combination, item))}
                  </td>
                ))}
                <td>
                  <Button
                    variant="ghost"
                    disabled={run.isPending}
                    onClick={() => backtest(combination)}
                    data-testid="backtest-this"
                  >
                    Backtest this
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
