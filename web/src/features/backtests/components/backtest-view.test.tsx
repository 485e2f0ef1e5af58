import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { spy, spyBacktest } from '../testing/fixtures';

import { BacktestView } from './backtest-view';

// jsdom has no canvas; the charts themselves are covered by the browser specs.
vi.mock('./equity-chart', () => ({
  EquityChart: (props: { curve: unknown[]; interval: string; timeZone: string }) => (
    <div data-testid="equity-chart" data-time-zone={props.timeZone}>
      {props.curve.length} points
    </div>
  ),
}));
vi.mock('./trade-chart', () => ({
  TradeChart: (props: { bars: unknown[]; fills: unknown[]; precision: number }) => (
    <div data-testid="trade-chart" data-precision={props.precision}>
      {props.bars.length} bars, {props.fills.length} fills
    </div>
  ),
}));

const bars = ['2020-08-24', '2020-08-25', '2020-08-26', '2020-08-27'].map((day, index) => ({
  time: `${day}T13:30:00Z`,
  open: 340 + index,
  high: 342 + index,
  low: 339 + index,
  close: 341 + index,
  volume: 1000,
}));

function serve(backtest: unknown = spyBacktest, status = 200) {
  return mockFetch({
    [`/api/v1/backtests/${spyBacktest.id}`]: () => ({ status, body: backtest }),
    '/api/v1/instruments': () => ({ body: { items: [spy], total: 1 } }),
    '/api/v1/instruments/SPY/bars': () => ({
      body: {
        symbol: 'SPY',
        interval: '1d',
        currency: 'USD',
        timezone: spy.timezone,
        count: 4,
        truncated: false,
        bars,
      },
    }),
  });
}

function renderView() {
  return renderRoutes(
    [
      { path: '/backtests/:id', element: <BacktestView id={spyBacktest.id} /> },
      { path: '/backtests', element: <p>list</p> },
    ],
    `/backtests/${spyBacktest.id}`,
  );
}

describe('BacktestView', () => {
  it('heads the page with strategy, symbol, range, bars and final equity against cash', async () => {
    serve();
    renderView();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'rsi-threshold on SPY',
    );
    expect(screen.getByTestId('backtest-range')).toHaveTextContent(
      'Aug 24, 2020 – Aug 27, 2020 · 4 daily bars · SPDR S&P 500 ETF Trust',
    );
    const equity = screen.getByTestId('backtest-equity');
    expect(equity).toHaveTextContent('Final equity104,210.00 USD');
    expect(equity).toHaveTextContent('Starting cash100,000.00 USD');
    expect(equity).toHaveTextContent('Total return+4.21%');
    expect(screen.getByText(/period 14/)).toHaveTextContent('commission 0.10%');
  });

  it('runs the same strategy as a paper bot in one click: the bot form filled in from the backtest', async () => {
    serve();
    renderView();
    const link = await screen.findByRole('link', { name: 'Run as paper bot' });
    const target = new URL(link.getAttribute('href') ?? '', 'http://sage.test');
    expect(target.pathname).toBe('/bots');
    expect(Object.fromEntries(target.searchParams)).toEqual({
      strategy: 'rsi-threshold',
      symbol: 'SPY',
      interval: '1d',
      capital: '100000',
      commission: '0.001',
      replayFrom: '2020-08-24T13:30:00Z',
      'p.period': '14',
      'p.low': '30',
      'p.high': '70',
      'p.size': '100',
    });
  });

  it('compares the strategy with buy and hold, with dashes for absent figures', async () => {
    serve();
    renderView();
    const table = await screen.findByTestId('metrics-table');
    const row = (label: string) =>
      within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLTableRowElement;
    expect(row('Total return')).toHaveTextContent('+4.21%+8.15%');
    expect(row('Sharpe')).toHaveTextContent('0.27—');
    expect(row('Max drawdown')).toHaveTextContent('8.33%55.19%');
    expect(row('Longest drawdown')).toHaveTextContent('412 days1,847 days');
    expect(row('Exposure')).toHaveTextContent('31.00%100.00%');
    expect(row('Profit factor')).toHaveTextContent('1.80—');
    expect(row('Average loss')).toHaveTextContent('-1,389.00—');
  });

  it('shows the Monte Carlo of the trades under the metrics, against the bar-by-bar drawdown', async () => {
    serve();
    renderView();
    const block = await screen.findByTestId('monte-carlo');
    expect(
      screen.getByRole('heading', { level: 3, name: 'Monte Carlo of the trades' }),
    ).toBeVisible();
    const historical = block.querySelector('tr[data-row="historical"]');
    expect(historical).toHaveTextContent('Trades in order1.63%104,880.84');
    expect(block.querySelector('tr[data-row="p95"]')).toHaveTextContent(
      '95th percentile2.72%109,375.59',
    );
    // The metrics table's drawdown is this backtest's 8.33%, bar by bar.
    expect(block).toHaveTextContent('bar by bar, the backtest fell 8.33% at its deepest');
  });

  it('says so when a kept backtest has no Monte Carlo', async () => {
    serve({ ...spyBacktest, monteCarlo: undefined });
    renderView();
    expect(await screen.findByTestId('monte-carlo-message')).toHaveTextContent(
      'kept before Sage ran a Monte Carlo',
    );
  });

  it('draws the curves and the trades on the bars of the same range', async () => {
    const { calls } = serve();
    renderView();
    expect(await screen.findByTestId('equity-chart')).toHaveTextContent('4 points');
    expect(screen.getByTestId('equity-chart')).toHaveAttribute(
      'data-time-zone',
      'America/New_York',
    );
    expect(await screen.findByTestId('trade-chart')).toHaveTextContent('4 bars, 2 fills');
    expect(screen.getByTestId('trade-chart')).toHaveAttribute('data-precision', '2');
    const barsCall = calls.find((url) => url.pathname === '/api/v1/instruments/SPY/bars');
    expect(barsCall?.searchParams.get('from')).toBe(spyBacktest.firstBar);
    expect(barsCall?.searchParams.get('to')).toBe(spyBacktest.lastBar);
    expect(barsCall?.searchParams.get('interval')).toBe('1d');
  });

  it('lists trades with coloured, signed P&L and every fill', async () => {
    serve({
      ...spyBacktest,
      trades: [
        ...spyBacktest.trades,
        {
          direction: 'LONG',
          openTime: '2020-08-26T13:30:00Z',
          closeTime: '2020-08-27T13:30:00Z',
          pnl: -42.1,
        },
      ],
    });
    renderView();
    const trades = await screen.findByTestId('trades-table');
    const rows = within(trades).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '1Aug 25, 2020Aug 26, 2020Long+290.54',
      '2Aug 26, 2020Aug 27, 2020Long-42.10',
    ]);
    expect(within(rows[0]!).getByText('+290.54')).toHaveClass('up');
    expect(within(rows[1]!).getByText('-42.10')).toHaveClass('down');

    const fills = screen.getByTestId('fills-table');
    expect(
      within(fills)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Aug 25, 2020Buy100342.5034.25', 'Aug 26, 2020Sell100346.1034.61']);
  });

  it('says when a backtest has no trades or fills', async () => {
    serve({ ...spyBacktest, trades: [], fills: [] });
    renderView();
    expect(await screen.findByText('No round trip closed in this backtest.')).toBeInTheDocument();
    expect(screen.getByText('The strategy placed no order in this range.')).toBeInTheDocument();
  });

  it('folds the orders the simulator refused under a count and the first reason', async () => {
    serve({
      ...spyBacktest,
      rejections: ['2020-08-25: insufficient cash', '2020-08-26: insufficient cash'],
    });
    renderView();
    const rejections = await screen.findByTestId('backtest-rejections');
    expect(rejections.querySelector('summary')).toHaveTextContent(
      'The simulator refused 2 orders, first: 2020-08-25: insufficient cash',
    );
    expect(within(rejections).getAllByRole('listitem', { hidden: true })).toHaveLength(2);
  });

  it('says when the backtest does not exist', async () => {
    serve(
      {
        title: 'Not Found',
        status: 404,
        code: 'backtest-not-found',
        detail: 'No backtest has this id',
      },
      404,
    );
    renderView();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No backtest with this id' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Backtests' })).toHaveAttribute(
      'href',
      '/backtests',
    );
  });
});
