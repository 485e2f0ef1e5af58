import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { gridBot } from '../testing/fixtures';

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
    expect(rows[1]).toHaveTextContent('Failed');
    expect(rows[1]).toHaveTextContent('-1,000.00');
    expect(within(rows[0]!).getByRole('link', { name: 'BTC grid' })).toHaveAttribute(
      'href',
      `/bots/${gridBot.id}`,
    );
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
});
