import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { FakeSocket, socketAt, tick } from '../testing/fake-socket';
import { dailyBars, samsung, spy } from '../testing/fixtures';

import { InstrumentBrowser } from './instrument-browser';

const routes = [
  { path: '/markets', element: <InstrumentBrowser /> },
  { path: '/markets/:symbol', element: <p>symbol page</p> },
];

const OFFLINE_SEARCH = { matches: [], providers: [], unavailable: [], stale: false };

function serveInstruments(search: unknown = OFFLINE_SEARCH) {
  return mockFetch({
    '/api/v1/market/search': (url) => ({
      body: { query: url.searchParams.get('query'), ...(search as object) },
    }),
    '/api/v1/instruments': (url) => {
      const query = (url.searchParams.get('query') ?? '').toLowerCase();
      const items = [spy, samsung].filter(
        (item) =>
          !query ||
          item.symbol.toLowerCase().includes(query) ||
          item.name.toLowerCase().includes(query) ||
          (item.localName ?? '').includes(query),
      );
      return { body: { items, total: items.length } };
    },
    '/api/v1/instruments/SPY/bars': () => ({ body: barsOf('SPY', 'USD', [100, 101, 103]) }),
    '/api/v1/instruments/005930/bars': () => ({
      body: barsOf('005930', 'KRW', [2400000, 2385000]),
    }),
  });
}

function barsOf(symbol: string, currency: string, closes: number[]) {
  const bars = dailyBars(closes.map((_, index) => `2020-08-${10 + index}T13:30:00Z`)).map(
    (bar, index) => ({ ...bar, close: closes[index] ?? 0 }),
  );
  return {
    symbol,
    interval: '1d',
    currency,
    timezone: 'UTC',
    count: bars.length,
    truncated: false,
    bars,
  };
}

describe('InstrumentBrowser', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    vi.stubGlobal('WebSocket', FakeSocket);
  });

  it('lists instruments with prices formatted per currency and a coloured change', async () => {
    serveInstruments();
    renderRoutes(routes, '/markets');

    const table = await screen.findByRole('table');
    const samsungRow = within(table).getByRole('row', { name: /005930/ });
    expect(within(samsungRow).getByText('삼성전자')).toHaveAttribute('lang', 'ko');
    expect(within(samsungRow).getByText('2,385,000')).toBeInTheDocument();
    expect(within(samsungRow).getByText('+0.63%').closest('.change')).toHaveClass('up');
    expect(within(samsungRow).getByText('8,826')).toBeInTheDocument();
    expect(within(samsungRow).getByText('1985–2018')).toBeInTheDocument();

    const spyRow = within(table).getByRole('row', { name: /SPY/ });
    expect(within(spyRow).getByText('350.58')).toBeInTheDocument();
    expect(within(spyRow).getByText('-0.65%').closest('.change')).toHaveClass('down');
    expect(screen.getByText('2 instruments')).toBeInTheDocument();
  });

  it('debounces the search into ?q= and narrows the table', async () => {
    const { calls } = serveInstruments();
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/markets');
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Search instruments' }), '삼성');
    await waitFor(() => expect(router.state.location.search).toBe('?q=%EC%82%BC%EC%84%B1'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /SPY/ })).toBeNull());
    expect(screen.getByRole('row', { name: /005930/ })).toBeInTheDocument();
    // One request for the full list and one for the settled text, none per keystroke.
    const searches = calls.filter((url) => url.pathname === '/api/v1/instruments');
    expect(searches.map((url) => url.searchParams.get('query'))).toEqual([null, '삼성']);
  });

  it('draws each row’s last 30 closes as a labelled sparkline from one small request', async () => {
    const { calls } = serveInstruments();
    renderRoutes(routes, '/markets');
    const spyLine = await screen.findByRole('img', { name: 'SPY last 3 closes, up 3.0%' });
    expect(spyLine.tagName.toLowerCase()).toBe('svg');
    expect(spyLine).toHaveClass('sparkline-up');
    const samsungLine = await screen.findByRole('img', {
      name: '005930 last 2 closes, down 0.6%',
    });
    expect(samsungLine).toHaveClass('sparkline-down');
    const barRequests = calls.filter((url) => url.pathname.endsWith('/bars'));
    expect(barRequests.map((url) => url.searchParams.get('limit'))).toEqual(['30', '30']);
    expect(barRequests.map((url) => url.searchParams.get('interval'))).toEqual(['1d', '1d']);
  });

  it('shows what Yahoo knows that Sage does not list, and which providers failed', async () => {
    serveInstruments({
      matches: [
        {
          symbol: 'SPY',
          name: 'SPDR S&P 500 ETF Trust',
          listed: true,
          source: 'sage',
        },
        {
          symbol: 'SPYG',
          name: 'SPDR Portfolio S&P 500 Growth ETF',
          exchange: 'NYSEArca',
          listed: false,
          source: 'yahoo',
          providerSymbol: 'SPYG',
        },
      ],
      providers: ['yahoo', 'coingecko'],
      unavailable: ['coingecko: timeout'],
      stale: false,
    });
    renderRoutes(routes, '/markets?q=spy');

    const upstream = await screen.findByTestId('upstream-matches');
    expect(within(upstream).getAllByRole('listitem')).toHaveLength(1);
    expect(upstream).toHaveTextContent('SPYG SPDR Portfolio S&P 500 Growth ETF · NYSEArca · yahoo');
    expect(
      screen.getByRole('heading', { name: 'Found upstream, not in Sage yet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('coingecko: timeout');
  });

  it('shows no upstream section while no provider is enabled', async () => {
    serveInstruments();
    renderRoutes(routes, '/markets?q=spy');
    await screen.findByRole('table');
    await waitFor(() => expect(screen.queryByText(/Found upstream/)).toBeNull());
  });

  it('says when nothing matches', async () => {
    serveInstruments();
    renderRoutes(routes, '/markets?q=zzz');
    expect(await screen.findByText('No instruments match “zzz”.')).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('zzz');
  });

  it('shows the server’s explanation and request id when the list fails', async () => {
    mockFetch({
      '/api/v1/instruments': () => ({
        status: 503,
        body: { title: 'Service Unavailable', status: 503, detail: 'Data import running' },
        headers: { 'X-Request-Id': 'req-42' },
      }),
    });
    renderRoutes(routes, '/markets');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load instruments');
    expect(alert).toHaveTextContent('Data import running');
    expect(within(alert).getByTestId('request-id')).toHaveTextContent('req-42');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('opens a symbol with the keyboard: ↓ from the search, arrows between rows, Enter', async () => {
    serveInstruments();
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/markets');
    await screen.findByRole('table');

    await user.click(screen.getByRole('searchbox', { name: 'Search instruments' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('row', { name: /SPY/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('row', { name: /005930/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/markets/005930'));
  });

  it('opens a symbol when its row is clicked', async () => {
    serveInstruments();
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/markets');
    await user.click(await screen.findByText('SPDR S&P 500 ETF Trust'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/markets/SPY'));
  });

  it('streams the visible instruments’ prices on one connection, the last close until then', async () => {
    serveInstruments();
    renderRoutes(routes, '/markets');
    const table = await screen.findByRole('table');
    expect(FakeSocket.all).toHaveLength(1);
    const socket = socketAt(0);
    expect(socket.url).toMatch(/\/ws\/market$/);
    act(() => socket.open());
    expect(socket.sent).toEqual(['{"op":"subscribe","symbols":["005930","SPY"]}']);

    const spyRow = within(table).getByRole('row', { name: /SPY/ });
    const spyPrice = within(spyRow).getByTestId('instrument-price');
    expect(spyPrice).toHaveTextContent('350.58');
    expect(spyPrice).toHaveAttribute('data-source', 'close');

    act(() => socket.receive(tick('SPY', '351.00')));
    expect(spyPrice).toHaveTextContent('351.00');
    expect(within(spyRow).getByText('replay')).toBeInTheDocument();
    act(() => socket.receive(tick('SPY', '349.10')));
    expect(spyPrice).toHaveTextContent('349.10');
    expect(spyPrice).toHaveClass('down');

    const samsungRow = within(table).getByRole('row', { name: /005930/ });
    expect(within(samsungRow).getByTestId('instrument-price')).toHaveTextContent('2,385,000');
  });
});
