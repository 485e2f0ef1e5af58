import type { BacktestMonteCarlo } from '../api/types';
import { monteCarloView } from '../lib/monte-carlo';

import '@/components/ui/table.css';

interface MonteCarloTableProps {
  monteCarlo: BacktestMonteCarlo | undefined;
  /** The backtest's bar-by-bar max drawdown, to say how the two measures differ. */
  barMaxDrawdown: number;
  currency: string;
}

/**
 * How lucky was the order of the trades: drawdown and final-equity percentiles of the resampled
 * runs beside the trades in their historical order.
 */
export function MonteCarloTable({ monteCarlo, barMaxDrawdown, currency }: MonteCarloTableProps) {
  const view = monteCarloView(monteCarlo, barMaxDrawdown, currency);
  return (
    <div className="monte-carlo" data-testid="monte-carlo" data-status={monteCarlo?.status}>
      {view.kind !== 'done' ? (
        <p className="muted" data-testid="monte-carlo-message">
          {view.message}
        </p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table metrics-table" data-testid="monte-carlo-table">
              <caption>{view.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Runs</th>
                  <th scope="col" className="numeric">
                    Max drawdown
                  </th>
                  <th scope="col" className="numeric">
                    Final equity ({currency})
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr
                    key={row.key}
                    data-row={row.key}
                    className={row.key === 'historical' ? 'monte-carlo-historical' : undefined}
                  >
                    <th scope="row" title={row.help}>
                      {row.label}
                    </th>
                    <td className="numeric" data-column="max-drawdown">
                      {row.maxDrawdown}
                    </td>
                    <td className="numeric" data-column="final-equity">
                      {row.finalEquity}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p data-testid="monte-carlo-beyond">{view.beyond}</p>
          <p className="muted monte-carlo-note">{view.note}</p>
        </>
      )}
    </div>
  );
}
