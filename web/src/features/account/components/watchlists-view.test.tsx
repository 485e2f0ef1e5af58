import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { Watchlist } from '../api/types';
import { watchlistFixture } from '../testing/fixtures';

import { WatchlistsView } from './watchlists-view';

const ROUTES = [{ path: '/watchlists', element: <WatchlistsView /> }];
const MAIN = watchlistFixture({ symbols: ['SPY', '005930.KS'] });
const TECH = watchlistFixture({
  id: '0b7c2b0e-0000-4000-8000-000000000002',
  name: 'Korean tech',
  position: 1,
  symbols: [],
});

describe('WatchlistsView', () => {
  it('creates the default list for a user who has none', async () => {
    const { calls } = mockFetch({
      '/api/v1/users/watchlists': () => ({ body: { items: [] } }),
      '/api/v1/users/watchlist': () => ({ body: watchlistFixture() }),
    });
    renderRoutes(ROUTES, '/watchlists');
    expect(await screen.findByRole('heading', { level: 2, name: 'Watchlist' })).toBeInTheDocument();
    expect(screen.getByText('This list is empty')).toBeInTheDocument();
    expect(calls.map((url) => url.pathname)).toEqual([
      '/api/v1/users/watchlists',
      '/api/v1/users/watchlist',
    ]);
  });

  it('adds a symbol upper-cased and shows the list the server answers', async () => {
    const added: unknown[] = [];
    mockFetch({
      '/api/v1/users/watchlists': () => ({ body: { items: [MAIN, TECH] } }),
      [`/api/v1/users/watchlists/${TECH.id}/symbols`]: async (_url, request) => {
        added.push(await request.json());
        return { body: { ...TECH, symbols: ['QQQ'] } };
      },
    });
    const user = userEvent.setup();
    renderRoutes(ROUTES, `/watchlists?list=${TECH.id}`);
    const panel = await screen.findByTestId('watchlist-panel');
    expect(within(panel).getByRole('heading', { name: 'Korean tech' })).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: 'Symbol' }), 'qqq{Enter}');
    expect(await within(panel).findByRole('link', { name: 'QQQ' })).toHaveAttribute(
      'href',
      '/markets/QQQ',
    );
    expect(added).toEqual([{ symbol: 'QQQ' }]);
    expect(within(panel).getByRole('textbox', { name: 'Symbol' })).toHaveValue('');
    // The side list counts it too.
    expect(screen.getByRole('button', { name: /Korean tech.*1 symbol/ })).toBeInTheDocument();
  });

  it('shows the server’s reason for a malformed symbol under the field', async () => {
    mockFetch({
      '/api/v1/users/watchlists': () => ({ body: { items: [MAIN] } }),
      [`/api/v1/users/watchlists/${MAIN.id}/symbols`]: () => ({
        status: 400,
        body: {
          title: 'Invalid request',
          status: 400,
          code: 'invalid-request',
          errors: [
            { field: 'symbol', message: "must be 1-32 letters, digits, '.', '-', '_' or '^'" },
          ],
        },
      }),
    });
    const user = userEvent.setup();
    renderRoutes(ROUTES, '/watchlists');
    await user.type(await screen.findByRole('textbox', { name: 'Symbol' }), 'a b{Enter}');
    expect(await screen.findByTestId('watchlist-symbol-error')).toHaveTextContent(
      "must be 1-32 letters, digits, '.', '-', '_' or '^'",
    );
    expect(screen.getByRole('textbox', { name: 'Symbol' })).toHaveAccessibleDescription(
      /must be 1-32 letters/,
    );
  });

  it('moves a symbol down by sending the whole list in its new order', async () => {
    const puts: unknown[] = [];
    mockFetch({
      '/api/v1/users/watchlists': () => ({ body: { items: [MAIN] } }),
      [`/api/v1/users/watchlists/${MAIN.id}`]: async (_url, request) => {
        const body = (await request.json()) as { name: string; symbols: string[] };
        puts.push(body);
        return { body: { ...MAIN, symbols: body.symbols } satisfies Watchlist };
      },
    });
    const user = userEvent.setup();
    renderRoutes(ROUTES, '/watchlists');
    await user.click(await screen.findByRole('button', { name: 'Move SPY down' }));
    expect(puts).toEqual([{ name: 'Watchlist', symbols: ['005930.KS', 'SPY'] }]);
    await waitFor(() =>
      expect(
        within(screen.getByTestId('watchlist-symbols'))
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['005930.KS', 'SPY']),
    );
  });

  it('reorders the lists and makes the moved one the default', async () => {
    const orders: unknown[] = [];
    mockFetch({
      '/api/v1/users/watchlists': () => ({ body: { items: [MAIN, TECH] } }),
      '/api/v1/users/watchlists/order': async (_url, request) => {
        orders.push(await request.json());
        return {
          body: {
            items: [
              { ...TECH, position: 0 },
              { ...MAIN, position: 1 },
            ],
          },
        };
      },
    });
    const user = userEvent.setup();
    renderRoutes(ROUTES, '/watchlists', { locale: 'ko' });
    await user.click(await screen.findByRole('button', { name: 'Korean tech 위로 이동' }));
    expect(orders).toEqual([{ ids: [TECH.id, MAIN.id] }]);
    expect(await screen.findByRole('button', { name: /Korean tech.*기본/ })).toBeInTheDocument();
  });

  it('deletes a list only after a confirmation', async () => {
    let items = [MAIN, TECH];
    mockFetch({
      '/api/v1/users/watchlists': () => ({ body: { items } }),
      [`/api/v1/users/watchlists/${TECH.id}`]: (_url, request) => {
        expect(request.method).toBe('DELETE');
        items = [MAIN];
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    const { router } = renderRoutes(ROUTES, `/watchlists?list=${TECH.id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete list' }));
    expect(screen.getByText('Delete “Korean tech” and its symbols?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?list=${MAIN.id}`));
    expect(await screen.findByRole('heading', { level: 2, name: 'Watchlist' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Korean tech/ })).not.toBeInTheDocument();
  });
});
