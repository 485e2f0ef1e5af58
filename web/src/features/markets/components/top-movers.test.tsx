import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { krMovers, samsung, spy } from '../testing/fixtures';

import { TopMovers } from './top-movers';

const routes = [
  { path: '/markets', element: <TopMovers /> },
  { path: '/markets/:symbol', element: <p>symbol page</p> },
];

const usMovers = {
  ...krMovers,
  market: 'US',
  gainers: [
    {
      symbol: 'SPY',
      name: 'SPDR S&P 500 ETF Trust',
      price: 350.58,
      change: 2.25,
      changePercent: 0.645939196,
      volume: 48588700,
      time: '2020-08-28T13:30:00Z',
    },
  ],
  losers: [],
  mostActive: [],
  stale: true,
  asOf: '2026-12-04T08:55:00Z',
};

function serveMovers() {
  return mockFetch({
    '/api/v1/instruments': () => ({ body: { items: [spy, samsung], total: 2 } }),
    '/api/v1/market/trending': (url) => ({
      body: url.searchParams.get('market') === 'KR' ? krMovers : usMovers,
    }),
  });
}

describe('TopMovers', () => {
  it('shows each market in a tab, with gainers, losers and most active linked to their pages', async () => {
    const { calls } = serveMovers();
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/markets');

    const usTab = screen.getByRole('tab', { name: 'US' });
    expect(usTab).toHaveAttribute('aria-selected', 'true');
    const usGainers = await screen.findByTestId('movers-gainers');
    expect(within(usGainers).getByRole('link', { name: 'SPY' })).toHaveAttribute(
      'href',
      '/markets/SPY',
    );
    expect(within(usGainers).getByText('+0.65%')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Korea' }));
    const gainers = await screen.findByTestId('movers-gainers');
    const rows = within(gainers).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-symbol'))).toEqual(['000660', '005930']);
    // Prices in won without decimals; the change with sign and arrow, not colour alone.
    expect(within(rows[0]!).getByText('77,100')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('+2.53%').closest('.change')).toHaveClass('up');
    expect(within(screen.getByTestId('movers-losers')).getByText('-1.47%')).toBeInTheDocument();
    expect(within(screen.getByTestId('movers-mostActive')).getByText('3.61M')).toBeInTheDocument();

    // The bundled session is historical, and the page says so; a mover from an older session says which.
    expect(screen.getByText(/As of Feb 14, 2018, the latest stored session/)).toBeInTheDocument();
    expect(
      within(screen.getByTestId('movers-losers')).getByText('session Feb 13, 2018'),
    ).toBeInTheDocument();

    await user.click(within(gainers).getByRole('link', { name: '000660' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/markets/000660'));
    expect(
      calls.filter((url) => url.pathname === '/api/v1/market/trending').map((url) => url.search),
    ).toEqual(['?market=US&limit=5', '?market=KR&limit=5']);
  });

  it('moves between markets with the arrow keys', async () => {
    serveMovers();
    const user = userEvent.setup();
    renderRoutes(routes, '/markets');
    await screen.findByTestId('movers-gainers');
    await user.click(screen.getByRole('tab', { name: 'US' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Korea' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Korea' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Crypto' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'US' })).toHaveFocus();
  });

  it('marks a stale answer with when it was fetched', async () => {
    serveMovers();
    renderRoutes(routes, '/markets');
    expect(await screen.findByTestId('stale-marker')).toHaveTextContent(
      'stale · fetched Dec 4, 2026, 08:55 UTC',
    );
  });

  it('shows the server’s problem when movers fail', async () => {
    mockFetch({
      '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }),
      '/api/v1/market/trending': () => ({
        status: 400,
        body: {
          title: 'Bad Request',
          status: 400,
          detail: 'Unknown market',
          code: 'invalid-request',
        },
      }),
    });
    renderRoutes(routes, '/markets');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load US movers');
    expect(alert).toHaveTextContent('Unknown market');
  });
});
