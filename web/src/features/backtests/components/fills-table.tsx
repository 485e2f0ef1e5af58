import { formatDate, formatDateTime, formatPrice, formatVolume } from '@/lib/format';

import type { BacktestFill } from '../api/types';
import { isIntraday } from '../lib/intervals';

import '@/components/ui/table.css';

interface FillsTableProps {
  fills: readonly BacktestFill[];
  currency: string;
  interval: string;
  timeZone: string;
}

/** Every fill, oldest first: orders decided at a close fill at the next bar's open. */
export function FillsTable({ fills, currency, interval, timeZone }: FillsTableProps) {
  const when = isIntraday(interval) ? formatDateTime : formatDate;
  if (fills.length === 0) {
    return <p className="muted">The strategy placed no order in this range.</p>;
  }
  return (
    <div className="table-scroll backtest-table-scroll">
      <table className="table" data-testid="fills-table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Side</th>
            <th scope="col" className="numeric">
              Quantity
            </th>
            <th scope="col" className="numeric">
              Price ({currency})
            </th>
            <th scope="col" className="numeric">
              Fee ({currency})
            </th>
          </tr>
        </thead>
        <tbody>
          {fills.map((fill, index) => (
            <tr key={`${fill.time}-${index}`}>
              <td>{when(fill.time, timeZone)}</td>
              <td className={fill.side === 'SELL' ? 'down' : 'up'}>
                {fill.side === 'SELL' ? 'Sell' : 'Buy'}
              </td>
              <td className="numeric">{formatVolume(fill.quantity)}</td>
              <td className="numeric">{formatPrice(fill.price, currency)}</td>
              <td className="numeric">{formatPrice(fill.fee, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
