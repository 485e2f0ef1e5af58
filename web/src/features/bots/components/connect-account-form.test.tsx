import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { TradingAccount } from '../api/types';
import { binance } from '../testing/fixtures';

import { AccountList } from './account-list';
import { ConnectAccountForm } from './connect-account-form';

function renderPage() {
  return renderRoutes(
    [
      {
        path: '/trading/accounts',
        element: (
          <>
            <AccountList timeZone="UTC" />
            <ConnectAccountForm />
          </>
        ),
      },
    ],
    '/trading/accounts',
  );
}

function problem(status: number, code: string, detail: string, errors?: unknown[]) {
  return { status, body: { title: detail, status, code, detail, requestId: 'req-1', errors } };
}

async function fillForm(user: ReturnType<typeof userEvent.setup>, venue = 'binance') {
  await user.type(await screen.findByLabelText('Name'), 'Main');
  await user.selectOptions(screen.getByLabelText('Exchange'), venue);
  await user.type(screen.getByLabelText('API key'), 'key-12345678');
  await user.type(screen.getByLabelText('API secret'), 'secret-12345678');
}

describe('ConnectAccountForm', () => {
  it('connects a Binance account, clears the key and lists it as live without deposits', async () => {
    const accounts: TradingAccount[] = [];
    let sent: unknown;
    mockFetch({
      '/api/v1/trading-accounts': async (_url, request) => {
        if (request.method === 'POST') {
          sent = await request.json();
          accounts.push(binance);
          return { status: 201, body: binance };
        }
        return { body: { items: accounts } };
      },
    });
    const user = userEvent.setup();
    renderPage();
    expect(screen.getByTestId('connect-note')).toHaveTextContent(
      'Sage refuses keys that can withdraw',
    );
    await fillForm(user);
    const secret = screen.getByLabelText('API secret');
    expect(secret).toHaveAttribute('type', 'password');
    expect(secret).toHaveAttribute('autocomplete', 'off');
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Connect exchange account' }));

    expect(await screen.findByTestId('account-connected')).toHaveTextContent('Connected Main.');
    expect(sent).toEqual({
      name: 'Main',
      venue: 'binance',
      apiKey: 'key-12345678',
      apiSecret: 'secret-12345678',
    });
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(screen.getByLabelText('API secret')).toHaveValue('');
    expect(screen.getByLabelText('Name')).toHaveValue('');

    const card = await screen.findByTestId('trading-account');
    expect(within(card).getByTestId('live-badge')).toHaveTextContent('Live');
    expect(within(card).getByTestId('account-venue')).toHaveTextContent('Binance · Key vmPU…h8A');
    expect(within(card).queryByText('Deposited')).toBeNull();
    expect(card.querySelector('tr[data-currency="BTC"]')).toHaveTextContent('BTC1.500.101.40');
    expect(within(card).getByTestId('balances-as-of')).toHaveTextContent('Balances as of');
    expect(within(card).getByRole('link', { name: 'Main' })).toHaveAttribute(
      'href',
      `/trading/accounts/${binance.id}`,
    );
  });

  it('asks for the passphrase only for OKX and shows the server’s word under it', async () => {
    let sent: Record<string, unknown> | undefined;
    mockFetch({
      '/api/v1/trading-accounts': async (_url, request) => {
        if (request.method !== 'POST') return { body: { items: [] } };
        sent = (await request.json()) as Record<string, unknown>;
        return problem(400, 'invalid-request', 'The request is invalid', [
          {
            field: 'passphrase',
            message: 'okx keys come with a passphrase (8 to 256 characters): give the key’s',
          },
        ]);
      },
    });
    const user = userEvent.setup();
    renderPage();
    await fillForm(user, 'okx');
    await user.click(screen.getByRole('button', { name: 'Connect exchange account' }));
    expect(screen.getByTestId('live-passphrase-error')).toHaveTextContent('Required.');
    expect(sent).toBeUndefined();

    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Connect exchange account' }));
    expect(await screen.findByTestId('live-passphrase-error')).toHaveTextContent(
      'okx keys come with a passphrase',
    );
    expect(sent).toMatchObject({ venue: 'okx', passphrase: 'short' });
    expect(screen.queryByRole('alert')).toBeNull();

    await user.selectOptions(screen.getByLabelText('Exchange'), 'bybit');
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
  });

  it('shows a rejected key’s field error under the API key', async () => {
    mockFetch({
      '/api/v1/trading-accounts': (_url, request) =>
        request.method === 'POST'
          ? problem(400, 'invalid-request', 'The request is invalid', [
              { field: 'apiKey', message: 'must be the exchange’s API key (8 to 256 characters)' },
            ])
          : { body: { items: [] } },
    });
    const user = userEvent.setup();
    renderPage();
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Connect exchange account' }));
    expect(await screen.findByTestId('live-api-key-error')).toHaveTextContent(
      'must be the exchange’s API key',
    );
  });

  it('points to the two-factor settings when the session has no second factor', async () => {
    mockFetch({
      '/api/v1/trading-accounts': (_url, request) =>
        request.method === 'POST'
          ? problem(403, 'second-factor-required', 'Live trading needs a second factor.')
          : { body: { items: [] } },
    });
    const user = userEvent.setup();
    renderPage();
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Connect exchange account' }));
    const notice = await screen.findByTestId('second-factor-required');
    expect(notice).toHaveTextContent('needs a session signed in with a second factor');
    expect(within(notice).getByRole('link', { name: 'Sign-in security' })).toHaveAttribute(
      'href',
      '/settings/security',
    );
  });

  it('shows a key with withdrawals refused in the alert', async () => {
    mockFetch({
      '/api/v1/trading-accounts': (_url, request) =>
        request.method === 'POST'
          ? problem(
              422,
              'exchange-key-permissions',
              'The key can withdraw funds on binance. Sage never withdraws: make a key with withdrawals disabled.',
            )
          : { body: { items: [] } },
    });
    const user = userEvent.setup();
    renderPage();
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Connect exchange account' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not connect the account');
    expect(alert).toHaveTextContent('The key can withdraw funds on binance.');
    // The key stays for the user to fix; only a connected account clears it.
    expect(screen.getByLabelText('API secret')).toHaveValue('secret-12345678');
  });
});
