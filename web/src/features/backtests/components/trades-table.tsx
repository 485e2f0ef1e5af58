import { changeDirection, formatDate, formatDateTime, formatSignedMoney } from '@/lib/format';

import type { BacktestTrade } from '../api/types';
import { isIntraday } from '../lib/intervals';

import '@/components/ui/table.css';

interface TradesTableProps {
  trades: readonly BacktestTrade[];
  currency: string;
  interval: string;
  timeZone: string;
}

/** Closed round trips, oldest first, with P&L (fees included) coloured and signed. */
export function TradesTable({ trades, currency, interval, timeZone }: TradesTableProps) {
  const when = isIntraday(interval) ? formatDateTime : formatDate;
  if (trades.length === 0) {
    return <p className="muted">No round trip closed in this backtest.</p>;
  }
  return (
    <div className="table-scroll backtest-table-scroll">
      <table className="table" data-testid="trades-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Opened</th>
            <th scope="col">Closed</th>
            <th scope="col">Direction</th>
            <th scope="col" className="numeric">
              P&amp;L ({currency})
            </th>
          </tr>
        </thead>
        <tbody>
          {trades.map((trade, index) => (
            <tr key={`${trade.openTime}-${index}`}>
              <td className="numeric muted">{index + 1}</td>
              <td>{when(trade.openTime, timeZone)}</td>
              <td>{when(trade.closeTime, timeZone)}</td>
              <td>{trade.direction === 'SHORT' ? 'Short' : 'Long'}</td>
              <td className={`numeric ${changeDirection(trade.pnl)}`}>
                {formatSignedMoney(trade.pnl, currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
