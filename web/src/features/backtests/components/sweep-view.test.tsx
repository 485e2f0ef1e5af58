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

  it('shows why a sweep failed', async () => {
    renderView([{ ...base, status: 'FAILED', error: 'The instrument has no bars in range.' }]);
    expect(await screen.findByTestId('sweep-error')).toHaveTextContent(
      'The sweep failedThe instrument has no bars in range.',
    );
    expect(screen.queryByTestId('sweep-heatmap')).toBeNull();
  });
});
