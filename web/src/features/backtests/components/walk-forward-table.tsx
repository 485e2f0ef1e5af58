import { formatCount, formatDate, formatDateTime, formatFraction, formatRatio } from '@/lib/format';

import type { Sweep, WalkForward, WalkForwardFigures } from '../api/types';
import { isIntraday } from '../lib/intervals';
import { describeParams, metricOf, parameterValues } from '../lib/sweep';

import '@/components/ui/table.css';

interface WalkForwardTableProps {
  sweep: Sweep;
  walkForward: WalkForward;
}

const signed = (value: number | undefined) => formatFraction(value, { signed: true });

/** The figures of one window, as the fold table's out-of-sample cells show them. */
function OutOfSample({ figures }: { figures: WalkForwardFigures }) {
  return (
    <>
      <td className="numeric walk-forward-oos" data-column="oos-return">
        {signed(figures.totalReturn)}
      </td>
      <td className="numeric" data-column="oos-sharpe">
        {formatRatio(figures.sharpe)}
      </td>
      <td className="numeric" data-column="oos-drawdown">
        {formatFraction(figures.maxDrawdown)}
      </td>
      <td className="numeric" data-column="oos-trades">
        {formatCount(figures.tradeCount)}
      </td>
    </>
  );
}

/**
 * The walk-forward after a sweep's grid: per fold its windows, the parameters the train window
 * chose and their figures in and out of sample; then the test windows stitched together.
 */
export function WalkForwardTable({ sweep, walkForward }: WalkForwardTableProps) {
  const when = isIntraday(sweep.interval) ? formatDateTime : formatDate;
  const span = (first: string, last: string) => `${when(first, 'UTC')} – ${when(last, 'UTC')}`;
  const metric = metricOf(sweep.metric);
  const windowName = walkForward.window === 'ANCHORED' ? 'anchored' : 'rolling';
  const heading = `${formatCount(walkForward.folds)} ${windowName} folds: train ${formatCount(
    walkForward.trainBars,
  )} bars, test ${formatCount(walkForward.testBars)} bars`;
  // Parameters every combination shares (the fixed ones) say nothing about a fold's choice.
  const values = parameterValues(sweep.results ?? [], sweep.parameters);
  const varied = sweep.parameters.filter((name) => (values[name]?.length ?? 0) !== 1);
  const folds = walkForward.results;
  const outOfSample = walkForward.outOfSample;

  return (
    <section
      aria-labelledby="wf-heading"
      className="walk-forward"
      data-testid="walk-forward"
      data-folds={walkForward.folds}
    >
      <h2 id="wf-heading">Walk-forward</h2>
      <p className="muted">
        {heading}. Each fold runs the combination that ranked first by {metric.label} on its train
        bars over the test bars that follow; the test windows are stitched into one out-of-sample
        record.
      </p>
      {walkForward.error && (
        <div className="problem-alert" role="alert" data-testid="walk-forward-error">
          <h3 className="problem-alert-heading">The walk-forward did not finish</h3>
          <p>{walkForward.error}</p>
        </div>
      )}
      {folds && outOfSample && (
        <div className="table-scroll">
          <table className="table" data-testid="walk-forward-table">
            <thead>
              <tr>
                <td colSpan={4} />
                <th scope="colgroup" className="numeric">
                  In sample
                </th>
                <th scope="colgroup" colSpan={4} className="walk-forward-oos">
                  Out of sample
                </th>
              </tr>
              <tr>
                <th scope="col">Fold</th>
                <th scope="col">Train</th>
                <th scope="col">Test</th>
                <th scope="col">Chosen</th>
                <th scope="col" className="numeric">
                  Return
                </th>
                <th scope="col" className="numeric walk-forward-oos">
                  Return
                </th>
                <th scope="col" className="numeric">
                  Sharpe
                </th>
                <th scope="col" className="numeric">
                  Max drawdown
                </th>
                <th scope="col" className="numeric">
                  Trades
                </th>
              </tr>
            </thead>
            <tbody>
              {folds.map((fold) => (
                <tr key={fold.number} data-fold={fold.number}>
                  <td>{fold.number + 1}</td>
                  <td title={`${formatCount(fold.trainBars)} bars`}>
                    {span(fold.trainFirstBar, fold.trainLastBar)}
                  </td>
                  <td title={`${formatCount(fold.testBars)} bars`}>
                    {span(fold.testFirstBar, fold.testLastBar)}
                  </td>
                  <td data-column="params">
                    {describeParams(
                      Object.fromEntries(
                        Object.entries(fold.params).filter(([name]) => varied.includes(name)),
                      ),
                    )}
                  </td>
                  <td className="numeric" data-column="is-return">
                    {signed(fold.inSample.totalReturn)}
                  </td>
                  <OutOfSample figures={fold.outOfSample} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-fold="stitched">
                <th scope="row" colSpan={5}>
                  Out of sample, stitched (
                  {span(folds[0]?.testFirstBar ?? '', folds[folds.length - 1]?.testLastBar ?? '')};
                  CAGR {signed(outOfSample.cagr)})
                </th>
                <OutOfSample figures={outOfSample} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
