import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { grid, gridBot, practice, rsiThreshold } from '../testing/fixtures';

import { BotForm } from './bot-form';

type Reply = { status?: number; body?: unknown };

function serve(onCreate: (body: unknown) => Reply, accounts = [practice]) {
  return mockFetch({
    '/api/v1/trading-accounts': () => ({ body: { items: accounts } }),
    '/api/v1/strategies': () => ({ body: { items: [grid, rsiThreshold] } }),
    '/api/v1/bots': async (_url, request) => {
      if (request.method !== 'POST') return { body: { items: [] } };
      return onCreate(await request.json());
    },
  });
}

function renderForm(url = '/bots') {
  return renderRoutes(
    [
      { path: '/bots', element: <BotForm /> },
      { path: '/bots/:id', element: <p>bot page</p> },
    ],
    url,
  );
}

describe('BotForm', () => {
  it('creates a grid bot from the schema’s parameter fields and opens its page', async () => {
    let sent: unknown;
    serve((body) => {
      sent = body;
      return { status: 201, body: gridBot };
    });
    const user = userEvent.setup();
    const { router } = renderForm();

    await user.type(await screen.findByLabelText('Name'), 'BTC grid');
    expect(screen.getByLabelText('levels')).toHaveAccessibleDescription(
      'number of grid prices · whole number from 2 to 200, default 10',
    );
    await user.clear(screen.getByLabelText('lower'));
    await user.type(screen.getByLabelText('lower'), '7000');
    await user.clear(screen.getByLabelText('upper'));
    await user.type(screen.getByLabelText('upper'), '10000');
    await user.clear(screen.getByLabelText('quantityPerLevel'));
    await user.type(screen.getByLabelText('quantityPerLevel'), '0.01');
    await user.type(screen.getByLabelText('Replay from'), '2019-10-17T00:00');
    await user.type(screen.getByLabelText('Max order notional'), '10000');
    await user.click(screen.getByRole('button', { name: 'Create bot' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/bots/${gridBot.id}`));
    expect(sent).toEqual({
      name: 'BTC grid',
      accountId: practice.id,
      strategy: 'grid',
      params: { lower: 7000, upper: 10000, levels: 10, quantityPerLevel: 0.01 },
      symbol: 'BTC-USD',
      interval: '1h',
      replayFrom: '2019-10-17T00:00:00Z',
      barsPerSecond: 50,
      capital: 10000,
      commission: 0.001,
      limits: { maxOrderNotional: 10000 },
    });
  });

  it('shows the server’s field errors under their fields and the rest in an alert', async () => {
    serve(() => ({
      status: 400,
      body: {
        title: 'The request is invalid',
        status: 400,
        code: 'invalid-request',
        requestId: 'req-7',
        errors: [
          { field: 'capital', message: 'exceeds the available 7500 USD' },
          { field: 'symbol', message: 'has no 1h bars' },
        ],
      },
    }));
    const user = userEvent.setup();
    renderForm();
    await user.type(await screen.findByLabelText('Name'), 'too big');
    await user.click(screen.getByRole('button', { name: 'Create bot' }));

    expect(await screen.findByTestId('bot-capital-error')).toHaveTextContent(
      'exceeds the available 7500 USD',
    );
    expect(screen.getByLabelText('Capital')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('bot-symbol-error')).toHaveTextContent('has no 1h bars');
    // Every field the server named has a place in the form: no alert repeats them.
    expect(screen.queryByRole('alert')).toBeNull();

    // Editing a field drops the server's word on it.
    await user.type(screen.getByLabelText('Capital'), '0');
    expect(screen.queryByTestId('bot-capital-error')).toBeNull();
  });

  it('checks the form before asking the server', async () => {
    let created = 0;
    serve(() => {
      created += 1;
      return { status: 500 };
    });
    const user = userEvent.setup();
    renderForm();
    await user.click(await screen.findByRole('button', { name: 'Create bot' }));
    expect(screen.getByTestId('bot-name-error')).toHaveTextContent('Required.');
    expect(created).toBe(0);
  });

  it('fills itself in from a backtest’s “Run as paper bot” link', async () => {
    serve(() => ({ status: 500 }));
    renderForm(
      '/bots?strategy=rsi-threshold&symbol=SPY&interval=1d&capital=100000&commission=0.002&p.period=21',
    );
    expect(await screen.findByTestId('bot-prefilled')).toHaveTextContent(
      'Filled in from a backtest of rsi-threshold on SPY',
    );
    expect(screen.getByLabelText('Strategy')).toHaveValue('rsi-threshold');
    expect(screen.getByLabelText('period')).toHaveValue(21);
    expect(screen.getByLabelText('Symbol')).toHaveValue('SPY');
    expect(screen.getByLabelText('Interval')).toHaveValue('1d');
    expect(screen.getByLabelText('Capital')).toHaveValue(100000);
    expect(screen.getByLabelText('Commission (%)')).toHaveValue(0.2);
  });

  it('asks for a paper account first when there is none', async () => {
    serve(() => ({ status: 500 }), []);
    renderForm();
    expect(await screen.findByText(/Open a paper account first/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Paper accounts' })).toHaveAttribute(
      'href',
      '/trading/accounts',
    );
  });
});
