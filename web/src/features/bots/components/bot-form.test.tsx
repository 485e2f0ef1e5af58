import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { binance, grid, gridBot, liveBot, practice, rsiThreshold } from '../testing/fixtures';

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

function renderForm(url = '/bots', locale: 'en' | 'ko' = 'en') {
  return renderRoutes(
    [
      { path: '/bots', element: <BotForm /> },
      { path: '/bots/:id', element: <p>bot page</p> },
      { path: '/settings/security', element: <p>security page</p> },
    ],
    url,
    { locale },
  );
}

/** Fills the grid's parameters for a live BTC-USDT bot. */
async function fillLiveGrid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Name'), 'Live grid');
  await user.clear(screen.getByLabelText('lower'));
  await user.type(screen.getByLabelText('lower'), '90000');
  await user.clear(screen.getByLabelText('upper'));
  await user.type(screen.getByLabelText('upper'), '100000');
  await user.clear(screen.getByLabelText('quantityPerLevel'));
  await user.type(screen.getByLabelText('quantityPerLevel'), '0.001');
  await user.clear(screen.getByLabelText('Symbol'));
  await user.type(screen.getByLabelText('Symbol'), 'BTC-USDT');
  await user.clear(screen.getByLabelText('Capital'));
  await user.type(screen.getByLabelText('Capital'), '1000');
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

  it('asks for an account first when there is none', async () => {
    serve(() => ({ status: 500 }), []);
    renderForm();
    expect(
      await screen.findByText(/Open a paper account or connect an exchange account first/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trading accounts' })).toHaveAttribute(
      'href',
      '/trading/accounts',
    );
  });

  it('offers live accounts after the paper ones, starting on paper with the replay fields', async () => {
    serve(() => ({ status: 500 }), [binance, practice]);
    renderForm();
    const account = await screen.findByLabelText('Account');
    expect(
      within(account)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Practice', 'Main (live · Binance)']);
    expect(account).toHaveValue(practice.id);
    expect(screen.getByLabelText('Replay from')).toBeInTheDocument();
    expect(screen.getByLabelText('Pace (bars a second)')).toBeInTheDocument();
    expect(screen.getByLabelText('Commission (%)')).toBeInTheDocument();
    expect(screen.queryByTestId('live-bot-warning')).toBeNull();
  });

  it('on a live account hides the replay fields and warns of real money and the second factor', async () => {
    serve(() => ({ status: 500 }), [practice, binance]);
    const user = userEvent.setup();
    renderForm();
    await user.selectOptions(await screen.findByLabelText('Account'), binance.id);

    expect(screen.queryByLabelText('Replay from')).toBeNull();
    expect(screen.queryByLabelText('Pace (bars a second)')).toBeNull();
    expect(screen.queryByLabelText('Commission (%)')).toBeNull();
    const warning = screen.getByTestId('live-bot-warning');
    expect(warning).toHaveTextContent(
      'This bot will trade real money on Binance, from the next bar of its interval that closes after you start it.',
    );
    expect(warning).toHaveTextContent('stopping it cancels its working orders at the exchange');
    expect(warning).toHaveTextContent(
      'Live trading needs a session signed in with a second factor.',
    );
    expect(within(warning).getByText('Live')).toHaveClass('live-badge');
    expect(screen.getByLabelText('Symbol')).toHaveAccessibleDescription(
      'A crypto pair the exchange lists, e.g. BTC-USDT',
    );

    // Back on paper, the replay fields return as they were.
    await user.selectOptions(screen.getByLabelText('Account'), practice.id);
    expect(screen.getByLabelText('Pace (bars a second)')).toHaveValue(50);
    expect(screen.queryByTestId('live-bot-warning')).toBeNull();
  });

  it('sends a live bot without a replay start, at the fixed pace, with no simulated commission', async () => {
    let sent: unknown;
    serve(
      (body) => {
        sent = body;
        return { status: 201, body: liveBot };
      },
      [practice, binance],
    );
    const user = userEvent.setup();
    const { router } = renderForm();
    // Typed while on paper, then left behind with the paper account.
    await user.type(await screen.findByLabelText('Replay from'), '2019-10-17T00:00');
    await user.selectOptions(screen.getByLabelText('Account'), binance.id);
    await fillLiveGrid(user);
    await user.click(screen.getByRole('button', { name: 'Create bot' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/bots/${liveBot.id}`));
    expect(sent).toEqual({
      name: 'Live grid',
      accountId: binance.id,
      strategy: 'grid',
      params: { lower: 90000, upper: 100000, levels: 10, quantityPerLevel: 0.001 },
      symbol: 'BTC-USDT',
      interval: '1h',
      barsPerSecond: 1,
      capital: 1000,
      commission: 0,
    });
  });

  it('shows the exchange’s refusal of the symbol under the Symbol field', async () => {
    serve(
      () => ({
        status: 400,
        body: {
          title: 'The request is invalid',
          status: 400,
          code: 'invalid-request',
          requestId: 'req-8',
          errors: [
            {
              field: 'symbol',
              message:
                'binance does not list SPY: a live bot trades a crypto pair its exchange lists, such as BTC-USDT',
            },
          ],
        },
      }),
      [binance],
    );
    const user = userEvent.setup();
    renderForm();
    await fillLiveGrid(user);
    await user.clear(screen.getByLabelText('Symbol'));
    await user.type(screen.getByLabelText('Symbol'), 'SPY');
    await user.click(screen.getByRole('button', { name: 'Create bot' }));

    expect(await screen.findByTestId('bot-symbol-error')).toHaveTextContent(
      'binance does not list SPY',
    );
    expect(screen.getByLabelText('Symbol')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says how to get a second factor when the server asks for one', async () => {
    serve(
      () => ({
        status: 403,
        body: {
          title: 'A second factor is required',
          status: 403,
          code: 'second-factor-required',
          requestId: 'req-9',
        },
      }),
      [binance],
    );
    const user = userEvent.setup();
    renderForm();
    // Only a live account: the form starts on it, warning shown.
    expect(await screen.findByTestId('live-bot-warning')).toBeInTheDocument();
    await fillLiveGrid(user);
    await user.click(screen.getByRole('button', { name: 'Create bot' }));

    const notice = await screen.findByTestId('second-factor-required');
    expect(notice).toHaveTextContent('Turn on two-factor sign-in in Sign-in security');
    expect(within(notice).getByRole('link', { name: 'Sign-in security' })).toBeInTheDocument();
    expect(screen.queryByText('Could not create the bot')).toBeNull();
  });

  it('warns in Korean on a Korean page', async () => {
    serve(() => ({ status: 500 }), [binance]);
    renderForm('/bots', 'ko');
    const warning = await screen.findByTestId('live-bot-warning');
    expect(warning).toHaveTextContent('이 봇은 Binance에서 실제 자금으로 거래합니다.');
    expect(warning).toHaveTextContent('실거래에는 2단계 인증으로 로그인한 세션이 필요합니다.');
    expect(screen.getByRole('option', { name: 'Main (실거래 · Binance)' })).toBeInTheDocument();
  });
});
