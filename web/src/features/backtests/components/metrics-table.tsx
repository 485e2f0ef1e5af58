import type { BacktestFigures } from '../api/types';
import { metricSections } from '../lib/metrics';

import '@/components/ui/table.css';

interface MetricsTableProps {
  performance: BacktestFigures;
  buyAndHold: BacktestFigures;
  currency: string;
}

/** The strategy's figures beside buying and holding over the same bars; undefined ones as "—". */
export function MetricsTable({ performance, buyAndHold, currency }: MetricsTableProps) {
  const sections = metricSections(performance, buyAndHold, currency);
  return (
    <div className="table-scroll">
      <table className="table metrics-table" data-testid="metrics-table">
        <caption>
          Buy and hold buys at the first close and holds to the end. Ratios the run leaves undefined
          (no trades, no losses, no drawdown) show as —.
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="numeric">
              Strategy
            </th>
            <th scope="col" className="numeric">
              Buy and hold
            </th>
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.title}>
            <tr className="metrics-section">
              <th scope="colgroup" colSpan={3}>
                {section.title}
              </th>
            </tr>
            {section.rows.map((row) => (
              <tr key={row.key} data-metric={row.key}>
                <th scope="row" title={row.help}>
                  {row.label}
                </th>
                <td className="numeric" data-column="strategy">
                  {row.strategy}
                </td>
                <td className="numeric" data-column="buy-and-hold">
                  {row.buyAndHold}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
