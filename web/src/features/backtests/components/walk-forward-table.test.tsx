import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Sweep } from '../api/types';

import { WalkForwardTable } from './walk-forward-table';

const hourly: Sweep = {
  id: 'sw-h',
  status: 'DONE',
  strategy: 'sma-cross',
  symbol: 'BTC-USD',
  interval: '1h',
  metric: 'SHARPE',
  parameters: ['fast', 'slow'],
  combinations: 2,
  done: 2,
  bars: 3000,
  cash: 100000,
  commission: 0.001,
  createdAt: '2026-11-23T10:00:00Z',
  results: [
    { params: { fast: 10, slow: 50 }, sharpe: 1.2, tradeCount: 3 },
    { params: { fast: 20, slow: 50 }, sharpe: 0.4, tradeCount: 2 },
  ],
};

describe('WalkForwardTable', () => {
  it('shows hours for intraday folds and dashes for figures a window leaves undefined', () => {
    render(
      <WalkForwardTable
        sweep={hourly}
        walkForward={{
          folds: 1,
          trainBars: 2000,
          testBars: 1000,
          window: 'ROLLING',
          done: 2,
          total: 2,
          results: [
            {
              number: 0,
              trainFirstBar: '2018-01-01T00:00:00Z',
              trainLastBar: '2018-03-25T07:00:00Z',
              testFirstBar: '2018-03-25T08:00:00Z',
              testLastBar: '2018-05-05T23:00:00Z',
              trainBars: 2000,
              testBars: 1000,
              params: { fast: 10, slow: 50 },
              inSample: { totalReturn: 0.05, sharpe: 1.2, tradeCount: 3 },
              outOfSample: { totalReturn: 0, tradeCount: 0 },
            },
          ],
          outOfSample: { totalReturn: 0, tradeCount: 0 },
        }}
      />,
    );
    const rows = within(screen.getByTestId('walk-forward-table')).getAllByRole('row');
    // Only fast varies in the grid, so only fast names the choice.
    expect(rows[2]).toHaveTextContent(
      '1Jan 1, 2018, 00:00 – Mar 25, 2018, 07:00Mar 25, 2018, 08:00 – May 5, 2018, 23:00fast 10+5.00%0.00%——0',
    );
    expect(screen.getByText(/ranked first by Sharpe on its train bars/)).toBeInTheDocument();
  });
});
