import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { LocaleProvider } from '@/lib/i18n/locale-provider';
import { mockFetch } from '@/testing/mock-fetch';
import { createTestQueryClient } from '@/testing/render';

import type { SystemHealth } from '../api/types';
import { systemHealthFixture } from '../testing/fixtures';

import { SystemHealthCard } from './system-health-card';

function renderCard(locale: 'en' | 'ko' = 'en') {
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <LocaleProvider locale={locale}>
        <SystemHealthCard timeZone="Asia/Seoul" />
      </LocaleProvider>
    </QueryClientProvider>,
  );
}

function serve(health: SystemHealth | { status: number; body: unknown }) {
  return mockFetch({
    '/api/v1/admin/health': () => ('version' in health ? { body: health } : health),
  });
}

describe('SystemHealthCard', () => {
  it('shows the overall status, each component and the server’s figures', async () => {
    serve(
      systemHealthFixture({
        components: [
          { name: 'db', status: 'UP' },
          { name: 'marketFeed', status: 'OUT_OF_SERVICE' },
        ],
      }),
    );
    renderCard();
    const status = await screen.findByTestId('health-status');
    expect(status).toHaveTextContent('Up');
    expect(status).toHaveAttribute('data-status', 'UP');
    const card = within(screen.getByTestId('system-health'));
    expect(card.getByText('0.1.0')).toBeInTheDocument();
    // 23:30 UTC is 08:30 the next morning in Seoul
    expect(card.getByText(/^May 5, 2026, 08:30/)).toBeInTheDocument();
    expect(card.getByTestId('health-uptime')).toHaveTextContent('1 d 2 h 3 min');
    expect(card.getByText('25.0.1')).toBeInTheDocument();
    expect(card.getByText('2')).toBeInTheDocument();
    expect(card.getByTestId('health-heap')).toHaveTextContent('256 MiB of 1 GiB (25%)');
    const components = card.getByRole('list', { name: 'Components' });
    expect(within(components).getByText('marketFeed').parentElement).toHaveTextContent(
      'Out of service',
    );
  });

  it('reads the health again every 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let uptimeSeconds = 60;
      mockFetch({
        '/api/v1/admin/health': () => ({ body: systemHealthFixture({ uptimeSeconds }) }),
      });
      renderCard();
      expect(await screen.findByTestId('health-uptime')).toHaveTextContent(/^1 min$/);
      expect(screen.getByText('Read again every 30 seconds.')).toBeInTheDocument();
      uptimeSeconds = 90 * 60;
      await vi.advanceTimersByTimeAsync(30_000);
      await waitFor(() =>
        expect(screen.getByTestId('health-uptime')).toHaveTextContent('1 h 30 min'),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a refusal as the app shows problems', async () => {
    serve({
      status: 403,
      body: {
        title: 'Forbidden',
        status: 403,
        code: 'forbidden',
        detail: 'Administrators only.',
        requestId: 'c7677b45-2dc2-4664-8c91-e731628d75a8',
      },
    });
    renderCard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not read the server’s health');
    expect(alert).toHaveTextContent('Administrators only.');
    expect(within(alert).getByTestId('request-id')).toHaveTextContent(
      'c7677b45-2dc2-4664-8c91-e731628d75a8',
    );
  });

  it('speaks Korean', async () => {
    serve(systemHealthFixture({ status: 'DOWN' }));
    renderCard('ko');
    expect(await screen.findByTestId('health-status')).toHaveTextContent('중단');
    expect(screen.getByTestId('health-uptime')).toHaveTextContent('1일 2시간 3분');
    expect(screen.getByTestId('health-heap')).toHaveTextContent('1 GiB 중 256 MiB(25%)');
  });
});
