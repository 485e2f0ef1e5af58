import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { Quote } from '../api/types';
import { FakeSocket, socketAt, tick } from '../testing/fake-socket';
import { bitcoin, dailyBars, indicatorCatalogue, samsung, spy } from '../testing/fixtures';

import type { IndicatorPlot, VisibleDates } from './price-chart';
import { SymbolView } from './symbol-view';

// jsdom has no canvas; the chart itself is covered by the browser specs. The stand-in says what
// it was given and reports a range in view, as the real chart does after drawing.
vi.mock('./price-chart', () => ({
  PriceChart: (props: {
    interval: string;
    range: string | null;
    bars: unknown[];
    plots?: IndicatorPlot[];
    onVisibleDates?: (dates: VisibleDates | null) => void;
  }) => {
    const { onVisibleDates } = props;
    useEffect(() => onVisibleDates?.({ from: '2018-01-02', to: '2018-01-03' }), [onVisibleDates]);
    return (
      <div
        data-testid="price-chart"
        data-interval={props.interval}
        data-range={props.range}
        data-indicators={(props.plots ?? [])
          .map((plot) => `${plot.key}:${plot.overlay ? 'overlay' : 'panel'}:${plot.series.length}`)
          .join(' ')}
      >
        {props.bars.length} bars
      </div>
    );
  },
}));

beforeEach(() => {
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
});

function renderSymbol(symbol: string, search = '') {
  return renderRoutes(
    [
      { path: '/markets/:symbol', element: <SymbolView symbol={symbol} /> },
      { path: '/markets', element: <p>markets list</p> },
    ],
    `/markets/${symbol}${search}`,
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
    const facts = screen.getByRole('region', { name: 'Instrument facts' });
    expect(within(facts).getByText('Min order value').nextElementSibling).toHaveTextContent(
      '1.00 USD',
    );
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

const spyQuote: Quote = {
  symbol: 'SPY',
  price: 350.58,
  previousClose: 348.33,
  change: 2.25,
  changePercent: 0.6459391956,
  volume: 48588700,
  currency: 'USD',
  time: '2020-08-28T13:30:00Z',
  source: 'stored',
  stale: false,
  asOf: '2026-12-04T18:04:12Z',
};

function rsiValues(period: number) {
  return {
    symbol: 'SPY',
    interval: '1d',
    indicator: 'rsi',
    params: { period },
    overlay: false,
    unstableBars: period,
    outputs: ['rsi'],
    times: ['2018-01-01T00:00:00Z', '2018-01-02T00:00:00Z', '2018-01-03T00:00:00Z'],
    values: { rsi: [null, 55.5, 61.237] },
    truncated: false,
  };
}

function serveSpy(quote: Quote = spyQuote) {
  return mockFetch({
    '/api/v1/instruments/SPY': () => ({ body: spy }),
    '/api/v1/instruments/SPY/bars': () => ({ body: barsFor('SPY', '1d', 3) }),
    '/api/v1/instruments/SPY/quote': () => ({ body: quote }),
    '/api/v1/indicators': () => ({ body: indicatorCatalogue }),
    '/api/v1/instruments/SPY/indicators': (url) => {
      const name = url.searchParams.get('name');
      if (name === 'macd') {
        return {
          status: 400,
          body: {
            title: 'Bad Request',
            status: 400,
            code: 'invalid-indicator-parameters',
            detail: 'fast must be below slow (26), was 30',
          },
        };
      }
      return { body: rsiValues(Number(url.searchParams.get('period'))) };
    },
  });
}

describe('SymbolView quote', () => {
  it('heads with the quote, labelled with its source, and follows streamed ticks', async () => {
    serveSpy({ ...spyQuote, source: 'replay', stale: true, asOf: '2026-12-04T18:00:00Z' });
    renderSymbol('SPY');
    const quote = await screen.findByTestId('symbol-quote');
    await waitFor(() => expect(quote).toHaveAttribute('data-source', 'replay'));
    expect(within(quote).getByTestId('quote-price')).toHaveTextContent('350.58');
    expect(within(quote).getByTestId('quote-source')).toHaveTextContent('replay');
    expect(within(quote).getByTestId('stale-marker')).toHaveTextContent(
      'stale · fetched Dec 4, 2026, 18:00 UTC',
    );
    expect(quote).toHaveTextContent('+2.25(+0.65%)');

    act(() => socketAt(0).open());
    act(() => socketAt(0).receive({ ...tick('SPY', '352.00'), time: '2020-08-28T15:00:00Z' }));
    expect(within(quote).getByTestId('quote-price')).toHaveTextContent('352.00');
    // Measured from the quote's previous close, 348.33.
    expect(quote).toHaveTextContent('+3.67(+1.05%)');
    expect(within(quote).queryByTestId('stale-marker')).toBeNull();

    // A replay of older bars moves the price but claims no change against a later close.
    act(() => socketAt(0).receive(tick('SPY', '250.00')));
    expect(within(quote).getByTestId('quote-price')).toHaveTextContent('250.00');
    expect(quote).toHaveTextContent('Jul 3, 2017, 23:00');
    expect(quote).not.toHaveTextContent('%');
  });

  it('says a stored close is one', async () => {
    serveSpy();
    renderSymbol('SPY');
    const source = await screen.findByTestId('quote-source');
    expect(source).toHaveTextContent('stored');
    expect(screen.getByTestId('symbol-quote')).toHaveTextContent('close of Aug 28, 2020');
  });
});

describe('SymbolView indicators', () => {
  it('checks parameters before asking, then draws the indicator and lists its latest value', async () => {
    const { calls } = serveSpy();
    const user = userEvent.setup();
    const rendered = renderSymbol('SPY');
    const picker = await screen.findByRole('form', { name: 'Add an indicator' });
    await user.selectOptions(within(picker).getByLabelText('Indicator'), 'rsi');
    const period = within(picker).getByLabelText('period');
    expect(period).toHaveValue(14);
    await user.clear(period);
    await user.type(period, '1');
    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    expect(within(picker).getByRole('alert')).toHaveTextContent('Must be between 2 and 500.');
    expect(period).toHaveAttribute('aria-invalid', 'true');
    expect(period).toHaveFocus();
    expect(
      calls.some(
        (url) => url.pathname.endsWith('/indicators') && url.pathname !== '/api/v1/indicators',
      ),
    ).toBe(false);

    await user.clear(period);
    await user.type(period, '14');
    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    const item = await screen.findByTestId('indicator-legend-item');
    await waitFor(() => expect(item).toHaveTextContent('61.24'));
    expect(item).toHaveTextContent('RSI(14)');
    expect(within(item).getByText('61.24')).toHaveAttribute('data-value', '61.237');
    expect(screen.getByTestId('price-chart')).toHaveAttribute('data-indicators', 'rsi:panel:1');
    const request = calls.find((url) => url.pathname === '/api/v1/instruments/SPY/indicators');
    expect(request?.search).toBe('?period=14&name=rsi&interval=1d');

    // Once is enough.
    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    expect(within(picker).getByRole('status')).toHaveTextContent(
      'RSI(14) is already on the chart.',
    );
    expect(screen.getAllByTestId('indicator-legend-item')).toHaveLength(1);

    // The chart's indicators are in the URL, so the view can be linked.
    const { router } = rendered;
    expect(router.state.location.search).toBe('?ind=rsi%3Aperiod%3D14');

    await user.click(screen.getByRole('button', { name: 'Remove RSI(14)' }));
    expect(router.state.location.search).toBe('');
    expect(screen.queryByTestId('indicator-legend-item')).toBeNull();
    expect(screen.getByTestId('price-chart')).toHaveAttribute('data-indicators', '');
  });

  it('opens with the indicators a link names', async () => {
    serveSpy();
    renderSymbol('SPY', '?ind=bollinger:period=20,stdDev=2&ind=rsi:period=14&ind=nope');
    await waitFor(() =>
      expect(screen.getByTestId('price-chart')).toHaveAttribute(
        'data-indicators',
        'bollinger:overlay:3 rsi:panel:1',
      ),
    );
    expect(
      screen.getAllByTestId('indicator-legend-item').map((item) => item.dataset.indicator),
    ).toEqual(['bollinger', 'rsi']);
  });

  it('shows the server’s reason when it refuses parameters', async () => {
    serveSpy();
    const user = userEvent.setup();
    renderSymbol('SPY');
    const picker = await screen.findByRole('form', { name: 'Add an indicator' });
    await user.selectOptions(within(picker).getByLabelText('Indicator'), 'macd');
    const fast = within(picker).getByLabelText('fast');
    await user.clear(fast);
    await user.type(fast, '30');
    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    const item = await screen.findByTestId('indicator-legend-item');
    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'fast must be below slow (26), was 30',
    );
    expect(item).toHaveTextContent('MACD(30, 26, 9)');
    expect(screen.getByTestId('price-chart')).toHaveAttribute('data-indicators', '');
  });

  it('links a CSV download of the interval and the days in view', async () => {
    serveSpy();
    renderSymbol('SPY');
    const link = await screen.findByRole('link', { name: /Download CSV/ });
    await waitFor(() =>
      expect(link).toHaveAttribute(
        'href',
        '/api/v1/instruments/SPY/bars?interval=1d&from=2018-01-02&to=2018-01-03&format=csv',
      ),
    );
    expect(link).toHaveAttribute('download');
    expect(link).toHaveAccessibleName(
      'Download CSV: SPY 1 day bars, Jan 2, 2018 to Jan 3, 2018 (America/New_York dates)',
    );
  });
});
