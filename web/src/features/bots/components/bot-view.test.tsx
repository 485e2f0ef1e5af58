import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { mockFetch, type MockReply } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { Bot, TradingOrder } from '../api/types';
import {
  binance,
  buyFill,
  filledOrder,
  gridBot,
  liveBot,
  practice,
  rejectedOrder,
} from '../testing/fixtures';

import { BotView } from './bot-view';

// lightweight-charts draws on a canvas jsdom lacks; the page's figures and tables are the subject.
vi.mock('./bot-equity-chart', () => ({
  BotEquityChart: ({ points }: { points: unknown[] }) => (
    <div data-testid="bot-equity-chart" data-point-count={points.length} />
  ),
}));
vi.mock('./bot-price-chart', () => ({
  BotPriceChart: ({ bars, fills }: { bars: unknown[]; fills: unknown[] }) => (
    <div
      data-testid="bot-price-chart"
      data-bar-count={bars.length}
      data-fill-count={fills.length}
    />
  ),
}));

function serve(
  bot: () => Bot,
  onCommand: (command: string) => Bot = bot,
  orders: () => TradingOrder[] = () => [filledOrder, rejectedOrder],
  { id = gridBot.id, routes = {} }: { id?: string; routes?: Record<string, () => MockReply> } = {},
) {
  const base = `/api/v1/bots/${id}`;
  return mockFetch({
    [base]: () => ({ body: bot() }),
    [`${base}/equity`]: () => ({
      body: {
        points: [
          { time: '2019-10-17T00:00:00Z', equity: 10000 },
          { time: '2019-10-22T00:00:00Z', equity: bot().equity },
        ],
      },
    }),
    [`${base}/orders`]: () => ({ body: { items: orders() } }),
    [`${base}/fills`]: () => ({ body: { items: [buyFill] } }),
    [`${base}/start`]: () => ({ body: onCommand('start') }),
    [`${base}/pause`]: () => ({ body: onCommand('pause') }),
    [`${base}/stop`]: () => ({ body: onCommand('stop') }),
    '/api/v1/instruments/BTC-USD/bars': () => ({
      body: {
        symbol: 'BTC-USD',
        interval: '1h',
        currency: 'USD',
        timezone: 'UTC',
        count: 1,
        truncated: false,
        bars: [
          {
            time: '2019-10-18T05:00:00Z',
            open: 8000,
            high: 8200,
            low: 7900,
            close: 8100,
            volume: 3,
          },
        ],
      },
    }),
    ...routes,
  });
}

function renderView(id = gridBot.id) {
  return renderRoutes(
    [
      { path: '/bots/:id', element: <BotView id={id} timeZone="UTC" /> },
      { path: '/settings/security', element: <p>security page</p> },
    ],
    `/bots/${id}`,
  );
}

/** A live bot's routes: its account among the user's, and its exchange pair's bars. */
function serveLive(
  bot: () => Bot,
  routes: Record<string, () => MockReply> = {},
  onCommand: (command: string) => Bot = bot,
) {
  return serve(bot, onCommand, () => [], {
    id: liveBot.id,
    routes: {
      '/api/v1/trading-accounts': () => ({ body: { items: [practice, binance] } }),
      '/api/v1/instruments/BTC-USDT/bars': () => ({
        body: {
          symbol: 'BTC-USDT',
          interval: '1h',
          currency: 'USDT',
          timezone: 'UTC',
          count: 0,
          truncated: false,
          bars: [],
        },
      }),
      ...routes,
    },
  });
}

describe('BotView', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the figures, the orders with their reasons and the fills', async () => {
    const { calls } = serve(() => gridBot);
    renderView();
    await screen.findByRole('heading', { level: 1, name: 'BTC grid' });
    expect(screen.getByTestId('bot-state')).toHaveTextContent('Running');
    expect(screen.getByTestId('bot-progress')).toHaveTextContent('120 / 20,000 bars');
    // A paper bot: no live badge, and its account is not looked up for one.
    expect(screen.queryByTestId('live-badge')).toBeNull();
    expect(screen.getByTestId('bot-view')).toHaveAttribute('data-live', 'false');
    expect(calls.some((url) => url.pathname === '/api/v1/trading-accounts')).toBe(false);
    const figures = screen.getByTestId('bot-figures');
    expect(within(figures).getByText('Position').nextSibling).toHaveTextContent('0.1');
    expect(within(figures).getByText('Open orders').nextSibling).toHaveTextContent('9');
    expect(screen.getByTestId('bot-pnl')).toHaveTextContent('+22.50');
    expect(within(figures).getByText('Risk limits').nextSibling).toHaveTextContent(
      'maxOrderNotional 10000',
    );

    const orders = await screen.findByTestId('bot-orders');
    const rejected = orders.querySelector('tr[data-order-state="REJECTED"]');
    expect(rejected).toHaveTextContent('Rejected');
    expect(rejected).toHaveTextContent(
      'max-order-notional: order notional 16200 exceeds the limit 10000',
    );
    expect(await screen.findByTestId('bot-fills')).toHaveTextContent('8,100.00');
    await waitFor(() =>
      expect(screen.getByTestId('bot-equity-chart')).toHaveAttribute('data-point-count', '2'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('bot-price-chart')).toHaveAttribute('data-bar-count', '1'),
    );
  });

  it('polls a running bot every second', async () => {
    let equity = 10000;
    const { calls } = serve(() => ({ ...gridBot, equity: (equity += 10) }));
    renderView();
    await screen.findByTestId('bot-equity');
    const reads = () => calls.filter((url) => url.pathname === `/api/v1/bots/${gridBot.id}`).length;
    const first = reads();
    await waitFor(() => expect(reads()).toBeGreaterThan(first), { timeout: 2500 });
  });

  it('stops the bot only after the inline confirmation, then shows why it stopped', async () => {
    let current: Bot = gridBot;
    const commands: string[] = [];
    // The stop answers before the venue cancels the open order: the first read still lists it.
    const open: TradingOrder = {
      ...filledOrder,
      id: 'open',
      state: 'SUBMITTED',
      filledQuantity: 0,
    };
    let readsSinceStop = 0;
    serve(
      () => current,
      (command) => {
        commands.push(command);
        current = {
          ...gridBot,
          state: 'STOPPED',
          stateReason: 'stopped by its owner',
          openOrders: 0,
        };
        return current;
      },
      () => {
        if (current.state === 'STOPPED') readsSinceStop += 1;
        return [filledOrder, readsSinceStop > 1 ? { ...open, state: 'CANCELED' } : open];
      },
    );
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    expect(commands).toEqual([]);
    const confirm = screen.getByTestId('stop-confirm');
    expect(within(confirm).getByRole('alert')).toHaveTextContent(/Stop this bot\?/);
    await user.click(within(confirm).getByRole('button', { name: 'Stop the bot' }));

    expect(await screen.findByTestId('bot-state-reason')).toHaveTextContent(
      'Stopped · Reason: stopped by its owner',
    );
    expect(commands).toEqual(['stop']);
    expect(screen.getByTestId('bot-state')).toHaveTextContent('Stopped');
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    // The orders are read again until the open one shows cancelled.
    const orders = screen.getByTestId('bot-orders');
    await waitFor(
      () => expect(orders.querySelector('tr[data-order-state="CANCELED"]')).not.toBeNull(),
      { timeout: 3000 },
    );
    expect(orders.querySelector('tr[data-order-state="SUBMITTED"]')).toBeNull();
    expect(readsSinceStop).toBeGreaterThan(1);
  });

  it('offers Start for a new bot and Resume for a paused one', async () => {
    let current: Bot = { ...gridBot, state: 'NEW' };
    serve(
      () => current,
      (command) => {
        current = { ...current, state: command === 'pause' ? 'PAUSED' : 'RUNNING' };
        return current;
      },
    );
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('shows a failed bot’s reason as an alert', async () => {
    serve(() => ({ ...gridBot, state: 'FAILED', stateReason: 'the ledger did not balance' }));
    renderView();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Failed · Reason: the ledger did not balance',
    );
  });

  it('marks a live bot Live on its exchange and counts the bars it decided on', async () => {
    serveLive(() => liveBot);
    renderView(liveBot.id);
    await screen.findByRole('heading', { level: 1, name: 'Live grid' });
    expect(screen.getByTestId('bot-view')).toHaveAttribute('data-live', 'true');
    expect(screen.getByTestId('live-badge')).toHaveTextContent('Live');
    expect(screen.getByTestId('live-badge')).toHaveClass('live-badge');
    expect(await screen.findByTestId('bot-venue')).toHaveTextContent('Binance');
    const progress = screen.getByTestId('bot-progress');
    expect(progress).toHaveTextContent('12 bars decided');
    expect(progress).not.toHaveTextContent('/');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Updated every second while it runs.')).toBeInTheDocument();
  });

  it('asks before stopping a live bot, naming the exchange that cancels its orders', async () => {
    serveLive(() => liveBot);
    const user = userEvent.setup();
    renderView(liveBot.id);
    await screen.findByTestId('bot-venue');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(within(screen.getByTestId('stop-confirm')).getByRole('alert')).toHaveTextContent(
      'Stop this bot? Its working orders are cancelled at Binance and it cannot be started again.',
    );
  });

  it('says what resuming a paused live bot does', async () => {
    serveLive(() => ({ ...liveBot, state: 'PAUSED' }));
    renderView(liveBot.id);
    expect(await screen.findByTestId('live-resume-note')).toHaveTextContent(
      'Resuming cancels its working orders at the exchange first',
    );
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('says how to get a second factor when starting a live bot is refused for want of one', async () => {
    serveLive(() => ({ ...liveBot, state: 'NEW', barsDone: 0 }), {
      [`/api/v1/bots/${liveBot.id}/start`]: () => ({
        status: 403,
        body: {
          title: 'A second factor is required',
          status: 403,
          code: 'second-factor-required',
          requestId: 'req-3',
        },
      }),
    });
    const user = userEvent.setup();
    renderView(liveBot.id);
    expect(await screen.findByTestId('bot-progress')).toHaveTextContent('0 bars decided');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const notice = await screen.findByTestId('second-factor-required');
    expect(within(notice).getByRole('link', { name: 'Sign-in security' })).toHaveAttribute(
      'href',
      '/settings/security',
    );
    expect(screen.queryByText('The bot did not take the command')).toBeNull();
  });

  it('shows a live bot that failed to reconcile, with the server’s reason', async () => {
    serveLive(() => ({
      ...liveBot,
      state: 'FAILED',
      stateReason: 'reconciliation failed: binance did not answer',
    }));
    renderView(liveBot.id);
    expect(await screen.findByTestId('bot-state-reason')).toHaveTextContent(
      'Failed · Reason: reconciliation failed: binance did not answer',
    );
    expect(screen.getByTestId('live-badge')).toBeInTheDocument();
  });
});
