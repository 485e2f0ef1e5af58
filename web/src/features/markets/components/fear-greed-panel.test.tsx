import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { fearGreedIndex } from '../testing/fixtures';

import { FearGreedPanel } from './fear-greed-panel';

const routes = [{ path: '/markets', element: <FearGreedPanel /> }];

describe('FearGreedPanel', () => {
  it('draws the gauge at the reading with its class, day and 30-day history', async () => {
    mockFetch({ '/api/v1/market/fear-greed': () => ({ body: fearGreedIndex }) });
    renderRoutes(routes, '/markets');

    const gauge = await screen.findByRole('img', {
      name: 'Fear & Greed index 40 of 100: Fear, Mar 2, 2025',
    });
    // 40 of 100 is 72° from the right: 180 − 0.4 × 180.
    expect(gauge).toHaveAttribute('data-angle', '108');
    expect(screen.getByTestId('fear-greed-value')).toHaveTextContent('40');
    expect(screen.getByText('Fear')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Fear & Greed over the last 3 days, from 20 to 40' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Data: alternative\.me/)).toBeInTheDocument();
    expect(screen.queryByTestId('stale-marker')).toBeNull();
  });

  it('explains how to switch the index on when no provider is configured, without an error', async () => {
    const detail =
      'The Fear & Greed index comes from alternative.me, which is off: set sage.market.providers.alternative-me.enabled=true (it needs no key).';
    const { calls } = mockFetch({
      '/api/v1/market/fear-greed': () => ({
        status: 503,
        body: {
          title: 'Fear & Greed index not configured',
          status: 503,
          detail,
          code: 'fear-greed-not-configured',
        },
      }),
    });
    renderRoutes(routes, '/markets');
    const notice = await screen.findByTestId('fear-greed-off');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent('The Fear & Greed index is not switched on.');
    expect(notice).toHaveTextContent(detail);
    expect(screen.queryByRole('alert')).toBeNull();
    // Asking again would get the same answer: no retries.
    expect(calls).toHaveLength(1);
  });

  it('shows other failures as problems', async () => {
    mockFetch({
      '/api/v1/market/fear-greed': () => ({
        status: 503,
        body: {
          title: 'Service Unavailable',
          status: 503,
          detail: 'alternative-me: timeout',
          code: 'upstream-unavailable',
        },
      }),
    });
    renderRoutes(routes, '/markets');
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('Could not load the Fear & Greed index');
    expect(alert).toHaveTextContent('alternative-me: timeout');
  });

  it('marks a stale index with when it was fetched', async () => {
    mockFetch({
      '/api/v1/market/fear-greed': () => ({
        body: { ...fearGreedIndex, stale: true, asOf: '2025-03-02T09:00:00Z' },
      }),
    });
    renderRoutes(routes, '/markets');
    expect(await screen.findByTestId('stale-marker')).toHaveTextContent(
      'stale · fetched Mar 2, 2025, 09:00 UTC',
    );
  });
});
