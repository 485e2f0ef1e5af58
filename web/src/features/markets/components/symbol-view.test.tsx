import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { bitcoin, dailyBars, samsung } from '../testing/fixtures';

import { SymbolView } from './symbol-view';

// jsdom has no canvas; the chart itself is covered by the browser specs.
vi.mock('./price-chart', () => ({
  PriceChart: (props: { interval: string; range: string | null; bars: unknown[] }) => (
    <div data-testid="price-chart" data-interval={props.interval} data-range={props.range}>
      {props.bars.length} bars
    </div>
  ),
}));

function renderSymbol(symbol: string) {
  return renderRoutes(
    [
      { path: '/markets/:symbol', element: <SymbolView symbol={symbol} /> },
      { path: '/markets', element: <p>markets list</p> },
    ],
    `/markets/${symbol}`,
  );
}

function barsFor(symbol: string, interval: string, count: number) {
  const times = Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(2018, 0, 1) + index * 86_400_000).toISOString(),
  );
  return {
    symbol,
    interval,
    currency: 'USD',
    timezone: 'UTC',
    count,
    truncated: false,
    bars: dailyBars(times),
  };
}

describe('SymbolView', () => {
  it('shows the header, the chart and the facts with tick bands and source credit', async () => {
    mockFetch({
      '/api/v1/instruments/005930': () => ({ body: samsung }),
      '/api/v1/instruments/005930/bars': () => ({ body: barsFor('005930', '1d', 3) }),
    });
    renderSymbol('005930');

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      '005930 Samsung Electronics',
    );
    expect(screen.getByTestId('symbol-quote')).toHaveTextContent('2,385,000 KRW');
    expect(screen.getByTestId('symbol-quote')).toHaveTextContent('+15,000(+0.63%)');
    expect(await screen.findByTestId('price-chart')).toHaveAttribute('data-range', '1Y');
    expect(screen.queryByTestId('interval-toggle')).toBeNull();

    const facts = screen.getByRole('region', { name: 'Instrument facts' });
    expect(within(facts).getByText('Asia/Seoul')).toBeInTheDocument();
    expect(within(facts).getByRole('table')).toHaveTextContent('2,0005');
    expect(facts).toHaveTextContent('Source: RLTrader (quantylab/rltrader), KRX daily prices, MIT');
  });

  it('presses range buttons one at a time', async () => {
    mockFetch({
      '/api/v1/instruments/005930': () => ({ body: samsung }),
      '/api/v1/instruments/005930/bars': () => ({ body: barsFor('005930', '1d', 3) }),
    });
    const user = userEvent.setup();
    renderSymbol('005930');
    const ranges = await screen.findByRole('group', { name: 'Visible range' });
    await user.click(within(ranges).getByRole('button', { name: '5 years' }));
    expect(within(ranges).getByRole('button', { name: '5 years' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(ranges).getByRole('button', { name: '1 year' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByTestId('price-chart')).toHaveAttribute('data-range', '5Y');
  });

  it('switches BTC-USD to hourly bars and puts the interval in the URL', async () => {
    const { calls } = mockFetch({
      '/api/v1/instruments/BTC-USD': () => ({ body: bitcoin }),
      '/api/v1/instruments/BTC-USD/bars': (url) => {
        const interval = url.searchParams.get('interval') ?? '1d';
        return { body: barsFor('BTC-USD', interval, interval === '1h' ? 48 : 2) };
      },
    });
    const user = userEvent.setup();
    const { router } = renderSymbol('BTC-USD');

    const toggle = await screen.findByRole('group', { name: 'Bar interval' });
    expect(await screen.findByTestId('price-chart')).toHaveTextContent('2 bars');
    await user.click(within(toggle).getByRole('button', { name: '1 hour bars' }));
    await waitFor(() => expect(screen.getByTestId('price-chart')).toHaveTextContent('48 bars'));
    expect(screen.getByTestId('price-chart')).toHaveAttribute('data-range', '1M');
    expect(router.state.location.search).toBe('?interval=1h');
    expect(calls.map((url) => url.searchParams.get('interval'))).toContain('1h');
  });

  it('says plainly when no instrument has that name', async () => {
    mockFetch({
      '/api/v1/instruments/NOPE': () => ({
        status: 404,
        body: { title: 'Not Found', status: 404, code: 'instrument-not-found' },
      }),
    });
    const user = userEvent.setup();
    const { router } = renderSymbol('NOPE');
    expect(
      await screen.findByRole('heading', { name: 'No instrument named NOPE' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to Markets' }));
    expect(router.state.location.pathname).toBe('/markets');
  });

  it('shows a server failure with its request id', async () => {
    mockFetch({
      '/api/v1/instruments/SPY': () => ({
        status: 500,
        body: { title: 'Internal Server Error', status: 500, detail: 'Boom', requestId: 'r-9' },
      }),
    });
    renderSymbol('SPY');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load SPY');
    expect(alert).toHaveTextContent('Boom');
    expect(alert).toHaveTextContent('r-9');
  });
});
