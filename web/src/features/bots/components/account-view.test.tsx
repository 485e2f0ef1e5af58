import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { mockFetch, type MockReply } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { TradingAccount, TradingOrder } from '../api/types';
import { binance, practice, submittedOrder } from '../testing/fixtures';

import { AccountView } from './account-view';

interface Served {
  account?: TradingAccount;
  orders?: () => TradingOrder[];
  place?: (request: Request) => MockReply | Promise<MockReply>;
  cancel?: () => MockReply;
}

function serve({ account = binance, orders = () => [], place, cancel }: Served) {
  return mockFetch({
    [`/api/v1/trading-accounts/${account.id}`]: () => ({ body: account }),
    '/api/v1/orders': (_url, request) => {
      if (request.method === 'POST' && place) return place(request);
      return { body: { items: orders() } };
    },
    '/api/v1/fills': () => ({ body: { items: [] } }),
    [`/api/v1/orders/${submittedOrder.id}/cancel`]: () => cancel?.() ?? { status: 500 },
  });
}

function renderView(account: TradingAccount = binance) {
  return renderRoutes(
    [
      {
        path: '/trading/accounts/:id',
        element: <AccountView id={account.id} timeZone="UTC" />,
      },
    ],
    `/trading/accounts/${account.id}`,
  );
}

async function fillTicket(user: ReturnType<typeof userEvent.setup>, quantity = '0.5') {
  const ticket = await screen.findByRole('form', { name: 'Place an order' });
  await user.type(within(ticket).getByLabelText('Symbol'), 'ltcbtc');
  await user.selectOptions(within(ticket).getByLabelText('Side'), 'BUY');
  await user.clear(within(ticket).getByLabelText('Quantity'));
  await user.type(within(ticket).getByLabelText('Quantity'), quantity);
  await user.type(within(ticket).getByLabelText('Limit price'), '0.1');
  await user.click(within(ticket).getByRole('button', { name: 'Review order' }));
}

describe('AccountView', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.useRealTimers());

  it('restates the order, then places it with an Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    const bodies: unknown[] = [];
    let placed: TradingOrder[] = [];
    serve({
      orders: () => placed,
      place: async (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        bodies.push(await request.json());
        placed = [{ ...submittedOrder, quantity: 0.5 }];
        return { status: 201, body: placed[0] };
      },
    });
    const user = userEvent.setup();
    renderView();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Main');
    await fillTicket(user);

    expect(screen.getByTestId('order-sentence')).toHaveTextContent(
      'Buy 0.5 LTCBTC at 0.1 limit, good till cancelled, on Main (Binance)',
    );
    expect(keys).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));

    const result = await screen.findByTestId('order-result');
    expect(result).toHaveAttribute('data-order-state', 'SUBMITTED');
    expect(result).toHaveTextContent('Submitted');
    expect(bodies).toEqual([
      {
        accountId: binance.id,
        symbol: 'LTCBTC',
        side: 'BUY',
        type: 'LIMIT',
        quantity: 0.5,
        limitPrice: 0.1,
        timeInForce: 'GTC',
      },
    ]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    const row = await screen.findByRole('row', { name: /LTCBTC/ });
    expect(row).toHaveAttribute('data-order-state', 'SUBMITTED');
  });

  it('sends the same key again when the user retries after a lost answer', async () => {
    const keys: (string | null)[] = [];
    serve({
      place: (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (keys.length === 1) throw new TypeError('Failed to fetch');
        return { status: 200, body: submittedOrder, headers: { 'Idempotent-Replayed': 'true' } };
      },
    });
    const user = userEvent.setup();
    renderView();
    await fillTicket(user, '1');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByTestId('order-retry-note')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The order was not placed');

    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByTestId('order-result')).toHaveAttribute(
      'data-order-state',
      'SUBMITTED',
    );
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);

    // A new ticket gets a new key.
    await fillTicket(user, '2');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('shows why the exchange refused an order', async () => {
    serve({
      place: () => ({
        status: 201,
        body: {
          ...submittedOrder,
          state: 'REJECTED',
          reason: 'Account has insufficient balance for requested action.',
        },
      }),
    });
    const user = userEvent.setup();
    renderView();
    await fillTicket(user);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByTestId('order-result-reason')).toHaveTextContent(
      'The exchange refused the order: Account has insufficient balance for requested action.',
    );
  });

  it('explains an order whose answer was lost, and polls while it is unknown', async () => {
    const unknown: TradingOrder = { ...submittedOrder, state: 'UNKNOWN' };
    let orders: TradingOrder[] = [];
    const { calls } = serve({
      orders: () => orders,
      place: () => {
        orders = [unknown];
        return { status: 201, body: unknown };
      },
    });
    const user = userEvent.setup();
    renderView();
    await fillTicket(user);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByTestId('order-result-unknown')).toHaveTextContent(
      'will never send it again',
    );
    const row = await screen.findByRole('row', { name: /LTCBTC/ });
    expect(row).toHaveTextContent('Unknown');
    expect(within(row).queryByRole('button', { name: 'Cancel' })).toBeNull();

    const reads = () =>
      calls.filter((url) => url.pathname === '/api/v1/orders' && url.search !== '').length;
    const before = reads();
    orders = [{ ...unknown, state: 'SUBMITTED' }];
    await waitFor(() => expect(reads()).toBeGreaterThan(before), { timeout: 3000 });
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /LTCBTC/ })).toHaveAttribute(
        'data-order-state',
        'SUBMITTED',
      ),
    );
  });

  it('puts the server’s word on a field back under it', async () => {
    serve({
      place: () => ({
        status: 400,
        body: {
          title: 'The request is invalid',
          status: 400,
          code: 'invalid-request',
          errors: [{ field: 'quantity', message: 'below the minimum quantity 0.001' }],
        },
      }),
    });
    const user = userEvent.setup();
    renderView();
    await fillTicket(user, '0.0001');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByTestId('ticket-quantity-error')).toHaveTextContent(
      'below the minimum quantity 0.001',
    );
    expect(screen.queryByTestId('order-confirmation')).toBeNull();
  });

  it('checks the quantity before the confirmation', async () => {
    const { calls } = serve({});
    const user = userEvent.setup();
    renderView();
    await fillTicket(user, '0');
    expect(screen.getByTestId('ticket-quantity-error')).toHaveTextContent('Must be more than 0.');
    expect(screen.queryByTestId('order-confirmation')).toBeNull();
    expect(calls.some((url) => url.pathname === '/api/v1/orders' && url.search === '')).toBe(false);
  });

  it('cancels a working order after a confirmation', async () => {
    let orders: TradingOrder[] = [
      submittedOrder,
      { ...submittedOrder, id: 'x', imported: true, state: 'FILLED', filledQuantity: 1 },
    ];
    let cancels = 0;
    serve({
      orders: () => orders,
      cancel: () => {
        cancels++;
        orders = [{ ...submittedOrder, state: 'CANCELED' }];
        return { body: orders[0] };
      },
    });
    const user = userEvent.setup();
    renderView();
    const table = await screen.findByTestId('account-orders');
    expect(table.querySelector('tr[data-imported="true"]')).toHaveTextContent('Imported');
    const row = table.querySelector(`tr[data-order-id="${submittedOrder.id}"]`) as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByTestId('cancel-order-confirm')).toHaveTextContent(
      'Cancel this order? Buy 1 LTCBTC at 0.1 limit, good till cancelled, on Main (Binance)',
    );
    expect(cancels).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Cancel the order' }));
    await waitFor(() =>
      expect(
        screen.getByTestId('account-orders').querySelector('tr[data-order-state="CANCELED"]'),
      ).not.toBeNull(),
    );
    expect(cancels).toBe(1);
    expect(screen.queryByTestId('cancel-order-confirm')).toBeNull();
  });

  it('shows a paper account’s balances without a ticket', async () => {
    serve({ account: practice });
    renderView(practice);
    expect(await screen.findByTestId('paper-trades-through-bots')).toHaveTextContent(
      'Paper accounts trade through bots.',
    );
    expect(screen.getByTestId('account-balances')).toHaveTextContent('Deposited');
    expect(screen.queryByRole('form', { name: 'Place an order' })).toBeNull();
  });
});
