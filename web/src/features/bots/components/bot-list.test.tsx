import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { binance, gridBot, liveBot, practice } from '../testing/fixtures';

import { BotList } from './bot-list';
import { KillSwitch } from './kill-switch';

function renderPage() {
  return renderRoutes(
    [
      {
        path: '/bots',
        element: (
          <>
            <KillSwitch />
            <BotList />
          </>
        ),
      },
    ],
    '/bots',
  );
}

describe('BotList and KillSwitch', () => {
  it('lists bots with state, equity, P&L and progress, linking to each', async () => {
    mockFetch({
      '/api/v1/bots': () => ({
        body: {
          items: [gridBot, { ...gridBot, id: 'b2', name: 'Loser', state: 'FAILED', equity: 9000 }],
        },
      }),
    });
    renderPage();
    const table = await screen.findByTestId('bot-list');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('BTC grid');
    expect(rows[0]).toHaveTextContent('Running');
    expect(rows[0]).toHaveTextContent('10,022.50 USD');
    expect(rows[0]).toHaveTextContent('+22.50');
    expect(rows[0]).toHaveTextContent('120 / 20,000 bars');
    expect(within(rows[0]!).queryByTestId('live-badge')).toBeNull();
    expect(rows[1]).toHaveTextContent('Failed');
    expect(rows[1]).toHaveTextContent('-1,000.00');
    expect(within(rows[0]!).getByRole('link', { name: 'BTC grid' })).toHaveAttribute(
      'href',
      `/bots/${gridBot.id}`,
    );
  });

  it('marks a live bot Live on its exchange and counts the bars it decided on', async () => {
    const { calls } = mockFetch({
      '/api/v1/bots': () => ({ body: { items: [liveBot, gridBot] } }),
      '/api/v1/trading-accounts': () => ({ body: { items: [practice, binance] } }),
    });
    renderPage();
    const table = await screen.findByTestId('bot-list');
    const [live, paper] = within(table).getAllByRole('row').slice(1);
    expect(within(live!).getByTestId('live-badge')).toHaveTextContent('Live');
    expect(within(live!).getByTestId('live-badge')).toHaveClass('live-badge');
    expect(await within(live!).findByTestId('bot-venue')).toHaveTextContent('Binance');
    expect(within(live!).getByTestId('bot-progress')).toHaveTextContent('12 bars decided');
    expect(live).not.toHaveTextContent('/ 0');
    expect(live!.querySelector('progress')).toBeNull();
    // The paper bot beside it is as before.
    expect(within(paper!).queryByTestId('live-badge')).toBeNull();
    expect(within(paper!).getByTestId('bot-progress')).toHaveTextContent('120 / 20,000 bars');
    // One read of the accounts serves every live bot shown.
    expect(calls.filter((url) => url.pathname === '/api/v1/trading-accounts')).toHaveLength(1);
  });

  it('reads no accounts when no bot is live', async () => {
    const { calls } = mockFetch({ '/api/v1/bots': () => ({ body: { items: [gridBot] } }) });
    renderPage();
    await screen.findByTestId('bot-list');
    expect(calls.some((url) => url.pathname === '/api/v1/trading-accounts')).toBe(false);
  });

  it('pulls the kill switch after a confirmation and says how many bots stopped', async () => {
    let pulled = 0;
    mockFetch({
      '/api/v1/bots': () => ({ body: { items: [gridBot] } }),
      '/api/v1/kill-switch': () => {
        pulled += 1;
        return { body: { botsStopped: 3, ordersCanceled: 2, ordersLeft: 1 } };
      },
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Kill switch' }));
    expect(pulled).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Stop all bots' }));
    expect(await screen.findByTestId('kill-switch-result')).toHaveTextContent(
      'The kill switch stopped 3 bots. Live orders cancelled: 2. Still working (the exchange did not answer, or placed outside Sage): 1.',
    );
    expect(pulled).toBe(1);
  });

  it('speaks Korean on a Korean page', async () => {
    mockFetch({ '/api/v1/bots': () => ({ body: { items: [gridBot] } }) });
    renderRoutes([{ path: '/bots', element: <BotList /> }], '/bots', { locale: 'ko' });
    expect(await screen.findByTestId('bot-state')).toHaveTextContent('실행 중');
    expect(screen.getByRole('columnheader', { name: '손익' })).toBeInTheDocument();
  });

  it('speaks Korean for a live bot too', async () => {
    mockFetch({
      '/api/v1/bots': () => ({ body: { items: [{ ...liveBot, barsDone: 1 }] } }),
      '/api/v1/trading-accounts': () => ({ body: { items: [binance] } }),
    });
    renderRoutes([{ path: '/bots', element: <BotList /> }], '/bots', { locale: 'ko' });
    expect(await screen.findByTestId('live-badge')).toHaveTextContent('실거래');
    expect(screen.getByTestId('bot-progress')).toHaveTextContent('1개 봉 판단함');
  });
});
