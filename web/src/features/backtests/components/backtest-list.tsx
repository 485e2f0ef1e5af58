import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import {
  changeDirection,
  formatCount,
  formatDate,
  formatDateTime,
  formatFraction,
  formatMoney,
} from '@/lib/format';

import { useDeleteBacktest } from '../api/delete-backtest';
import { useBacktests } from '../api/get-backtests';
import { useInstruments } from '../api/get-instruments';
import type { BacktestSummary, Instrument } from '../api/types';
import { backtestPath } from '../lib/paths';

import '@/components/ui/table.css';
import './backtest-list.css';

/** Kept backtests, newest first (as the server lists them), each with a link and a delete button. */
export function BacktestList() {
  const backtests = useBacktests();
  const instruments = useInstruments();
  const remove = useDeleteBacktest();

  if (backtests.isPending) return <Spinner label="Loading kept backtests…" />;
  if (backtests.isError) {
    return (
      <ProblemAlert
        heading="Could not load the kept backtests"
        error={backtests.error}
        onRetry={() => void backtests.refetch()}
      />
    );
  }
  if (backtests.data.items.length === 0) {
    return (
      <EmptyState title="No backtests kept yet.">
        Run one above; every run is kept until you delete it.
      </EmptyState>
    );
  }

  const bySymbol = new Map<string, Instrument>(
    (instruments.data?.items ?? []).map((item) => [item.symbol, item]),
  );

  const onDelete = (summary: BacktestSummary) => {
    const confirmed = window.confirm(
      `Delete the ${summary.strategy} backtest on ${summary.symbol} from ${formatDateTime(summary.createdAt, 'UTC')} UTC? This cannot be undone.`,
    );
    if (confirmed) remove.mutate(summary.id);
  };

  return (
    <>
      {remove.isError && (
        <ProblemAlert heading="Could not delete the backtest" error={remove.error} />
      )}
      <div className="table-scroll">
        <table className="table backtest-list" data-testid="backtest-list">
          <thead>
            <tr>
              <th scope="col">Ran</th>
              <th scope="col">Strategy</th>
              <th scope="col">Instrument</th>
              <th scope="col">Range</th>
              <th scope="col" className="numeric">
                Bars
              </th>
              <th scope="col" className="numeric">
                Trades
              </th>
              <th scope="col" className="numeric">
                Total return
              </th>
              <th scope="col" className="numeric">
                Final equity
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backtests.data.items.map((summary) => {
              const instrument = bySymbol.get(summary.symbol);
              const timeZone = instrument?.timezone ?? 'UTC';
              const deleting = remove.isPending && remove.variables === summary.id;
              return (
                <tr key={summary.id} data-backtest-id={summary.id}>
                  <td>
                    <Link to={backtestPath(summary.id)}>
                      {formatDateTime(summary.createdAt, 'UTC')} UTC
                    </Link>
                  </td>
                  <td>{summary.strategy}</td>
                  <td>
                    {summary.symbol} <span className="muted">{summary.interval}</span>
                  </td>
                  <td>
                    {formatDate(summary.firstBar, timeZone)} –{' '}
                    {formatDate(summary.lastBar, timeZone)}
                  </td>
                  <td className="numeric">{formatCount(summary.bars)}</td>
                  <td className="numeric">{formatCount(summary.tradeCount)}</td>
                  <td className={`numeric ${changeDirection(summary.totalReturn)}`}>
                    {formatFraction(summary.totalReturn, { signed: true })}
                  </td>
                  <td className="numeric">
                    {instrument
                      ? formatMoney(summary.finalEquity, instrument.currency)
                      : formatCount(summary.finalEquity)}
                  </td>
                  <td>
                    <Button
                      variant="ghost"
                      onClick={() => onDelete(summary)}
                      disabled={deleting}
                      aria-label={`Delete the ${summary.strategy} backtest on ${summary.symbol} from ${formatDateTime(summary.createdAt, 'UTC')} UTC`}
                      data-testid="delete-backtest"
                    >
                      {deleting ? 'Deleting…' : 'Delete'}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
