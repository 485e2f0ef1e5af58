import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { Sweep, SweepCombination } from '../api/types';

import { SweepView } from './sweep-view';

const results: SweepCombination[] = [];
for (const period of [10, 12, 14]) {
  for (const low of [20, 25]) {
    for (const high of [70, 80]) {
      results.push({
        params: { period, low, high },
        totalReturn: (period - 12) / 10 + (low - 20) / 100 + (high - 70) / 1000,
        sharpe: period / 10,
        tradeCount: low,
      });
    }
  }
}
// One refused combination: its cell shows the refusal, without figures.
results[0] = { params: { period: 10, low: 20, high: 70 }, refusal: 'no trades possible' };

const base: Sweep = {
  id: 'sw-1',
  status: 'RUNNING',
  strategy: 'rsi-threshold',
  symbol: 'SPY',
  interval: '1d',
  metric: 'TOTAL_RETURN',
  parameters: ['period', 'low', 'high', 'size'],
  combinations: 12,
  done: 3,
  bars: 5000,
  from: '2010-01-01',
  to: '2020-08-28',
  cash: 100000,
  commission: 0.001,
  createdAt: '2026-11-23T10:00:00Z',
};
// The server reports fixed parameters too, as single-value ranges.
const withSize: SweepCombination[] = results.map((item) => ({
  ...item,
  params: { ...item.params, size: 100 },
}));
const done: Sweep = {
  ...base,
  status: 'DONE',
  done: 12,
  finishedAt: '2026-11-23T10:00:05Z',
  best: withSize.find(
    (item) => item.params.period === 14 && item.params.low === 25 && item.params.high === 80,
  ),
  results: withSize,
};

const walkForward: NonNullable<Sweep['walkForward']> = {
  folds: 2,
  trainBars: 1000,
  testBars: 500,
  window: 'ROLLING',
  done: 24,
  total: 24,
  results: [
    {
      number: 0,
      trainFirstBar: '2010-01-04T14:30:00Z',
      trainLastBar: '2013-12-28T14:30:00Z',
      testFirstBar: '2013-12-30T14:30:00Z',
      testLastBar: '2015-12-22T14:30:00Z',
      trainBars: 1000,
      testBars: 500,
      params: { period: 14, low: 25, high: 80, size: 100 },
      inSample: { totalReturn: 0.123, sharpe: 0.85, maxDrawdown: 0.05, tradeCount: 7 },
      outOfSample: { totalReturn: -0.012, sharpe: -0.11, maxDrawdown: 0.053, tradeCount: 2 },
    },
    {
      number: 1,
      trainFirstBar: '2011-12-28T14:30:00Z',
      trainLastBar: '2015-12-22T14:30:00Z',
      testFirstBar: '2015-12-23T14:30:00Z',
      testLastBar: '2017-12-15T14:30:00Z',
      trainBars: 1000,
      testBars: 500,
      params: { period: 12, low: 20, high: 80, size: 100 },
      inSample: { totalReturn: 0.08, sharpe: 0.6, maxDrawdown: 0.04, tradeCount: 5 },
      outOfSample: { totalReturn: 0.0283, sharpe: 0.4, maxDrawdown: 0.041, tradeCount: 4 },
    },
  ],
  outOfSample: { totalReturn: 0.016, cagr: 0.004, sharpe: 0.21, maxDrawdown: 0.041, tradeCount: 6 },
};

function renderView(replies: Sweep[]) {
  let calls = 0;
  const posted: unknown[] = [];
  mockFetch({
    '/api/v1/sweeps/sw-1': () => ({ body: replies[Math.min(calls++, replies.length - 1)] }),
    '/api/v1/backtests': async (_url, request) => {
      posted.push(await request.json());
      return { status: 201, body: { id: 'bt-9' } };
    },
  });
  renderRoutes(
    [
      { path: '/backtests/sweeps/:id', element: <SweepView id="sw-1" /> },
      { path: '/backtests/:id', element: <p>backtest page</p> },
    ],
    '/backtests/sweeps/sw-1',
  );
  return { posted, calls: () => calls };
}

describe('SweepView', () => {
  it('shows progress while running and polls until the heatmap can be drawn', async () => {
    const view = renderView([base, { ...base, done: 9 }, done]);
    const progress = await screen.findByTestId('sweep-progress');
    expect(progress).toHaveAttribute('max', '12');
    expect(progress).toHaveAttribute('value', '3');
    expect(screen.getByText('3 / 12')).toBeInTheDocument();
    expect(await screen.findByTestId('sweep-heatmap', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByTestId('sweep-progress')).toBeNull();
    const polls = view.calls();
    expect(polls).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(view.calls()).toBe(polls);
  });

  it('draws the first two swept parameters, holds the third, outlines the best', async () => {
    const user = userEvent.setup();
    renderView([done]);
    const heatmap = await screen.findByTestId('sweep-heatmap');
    // period across (3), low up (2); high held at the best's 80; size has one value.
    expect(within(heatmap).getAllByTestId('heatmap-cell')).toHaveLength(6);
    expect(screen.getByTestId('heatmap-fix-high')).toHaveValue('80');
    expect(screen.queryByTestId('heatmap-fix-size')).toBeNull();
    const bestCell = heatmap.querySelector('[data-best]');
    expect(bestCell).toHaveTextContent('+26.00%');
    expect(bestCell).toHaveAttribute(
      'title',
      expect.stringContaining('period 14 · low 25 · high 80'),
    );
    expect(within(heatmap).getAllByRole('row')[0]).toHaveTextContent('low 25');

    await user.selectOptions(screen.getByTestId('heatmap-fix-high'), '70');
    const refused = within(heatmap)
      .getAllByTestId('heatmap-cell')
      .find((cell) => cell.textContent === 'refused');
    expect(refused).toHaveAttribute(
      'title',
      expect.stringContaining('Refused: no trades possible'),
    );
    expect(refused?.style.background).toBe('');

    await user.selectOptions(screen.getByTestId('heatmap-y'), 'high');
    expect(screen.getByTestId('heatmap-fix-low')).toBeInTheDocument();
    expect(within(heatmap).getAllByTestId('heatmap-cell')).toHaveLength(6);
  });

  it('lists the top combinations and backtests one', async () => {
    const user = userEvent.setup();
    const view = renderView([done]);
    const top = await screen.findByTestId('sweep-top');
    const rows = within(top).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toHaveTextContent('period 14 · low 25 · high 80 · size 100');
    await user.click(within(rows[0]!).getByTestId('backtest-this'));
    expect(await screen.findByText('backtest page')).toBeInTheDocument();
    expect(view.posted).toEqual([
      {
        strategy: 'rsi-threshold',
        symbol: 'SPY',
        interval: '1d',
        from: '2010-01-01',
        to: '2020-08-28',
        cash: 100000,
        commission: 0.001,
        params: { period: 14, low: 25, high: 80, size: 100 },
      },
    ]);
  });

  it('shows the walk-forward progress after the grid, then one row per fold', async () => {
    const asked = {
      folds: 2,
      trainBars: 1000,
      testBars: 500,
      window: 'ROLLING' as const,
      total: 24,
    };
    const running: Sweep = { ...base, done: 12, walkForward: { ...asked, done: 5 } };
    const finished: Sweep = { ...done, walkForward: { ...walkForward, done: 24 } };
    renderView([running, finished]);
    const progress = await screen.findByTestId('walk-forward-progress');
    expect(progress).toHaveAttribute('max', '24');
    expect(progress).toHaveAttribute('value', '5');
    expect(screen.getByText(/walk-forward: 5 \/ 24 train backtests/)).toBeInTheDocument();

    const table = await screen.findByTestId('walk-forward-table', {}, { timeout: 3000 });
    expect(screen.getByText(/, then walked forward over 2 folds/)).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('In sampleOut of sample');
    // Fixed size is left out of the choice; the fold is counted from 1.
    expect(rows[2]).toHaveTextContent(
      '1Jan 4, 2010 – Dec 28, 2013Dec 30, 2013 – Dec 22, 2015period 14 · low 25 · high 80+12.30%-1.20%-0.115.30%2',
    );
    expect(rows[4]).toHaveTextContent(
      'Out of sample, stitched (Dec 30, 2013 – Dec 15, 2017; CAGR +0.40%)+1.60%0.214.10%6',
    );
  });

  it('says why the walk-forward did not finish and keeps the grid', async () => {
    renderView([
      {
        ...done,
        walkForward: {
          folds: 2,
          trainBars: 100,
          testBars: 100,
          window: 'ANCHORED',
          done: 12,
          total: 24,
          error: 'fold 1 of 2: no combination has a SHARPE on its train window',
        },
      },
    ]);
    expect(await screen.findByTestId('walk-forward-error')).toHaveTextContent(
      'fold 1 of 2: no combination has a SHARPE on its train window',
    );
    expect(screen.getByText(/2 anchored folds: train 100 bars, test 100 bars/)).toBeInTheDocument();
    expect(screen.queryByTestId('walk-forward-table')).toBeNull();
    expect(screen.getByTestId('sweep-heatmap')).toBeInTheDocument();
  });

  it('shows why a sweep failed', async () => {
    renderView([{ ...base, status: 'FAILED', error: 'The instrument has no bars in range.' }]);
    expect(await screen.findByTestId('sweep-error')).toHaveTextContent(
      'The sweep failedThe instrument has no bars in range.',
    );
    expect(screen.queryByTestId('sweep-heatmap')).toBeNull();
  });
});
