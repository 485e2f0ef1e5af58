import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { TradingAccount } from '../api/types';
import { practice } from '../testing/fixtures';

import { AccountForm } from './account-form';
import { AccountList } from './account-list';

function renderPage() {
  return renderRoutes(
    [
      {
        path: '/trading/accounts',
        element: (
          <>
            <AccountList timeZone="UTC" />
            <AccountForm />
          </>
        ),
      },
    ],
    '/trading/accounts',
  );
}

describe('AccountList and AccountForm', () => {
  it('opens an account with two currencies and lists its balances', async () => {
    const accounts: TradingAccount[] = [];
    let sent: unknown;
    mockFetch({
      '/api/v1/trading-accounts': async (_url, request) => {
        if (request.method === 'POST') {
          sent = await request.json();
          const opened: TradingAccount = {
            ...practice,
            balances: [
              { currency: 'USD', deposited: 10000, total: 10000, committed: 0, available: 10000 },
              {
                currency: 'KRW',
                deposited: 5000000,
                total: 5000000,
                committed: 0,
                available: 5000000,
              },
            ],
          };
          accounts.push(opened);
          return { status: 201, body: opened };
        }
        return { body: { items: accounts } };
      },
    });
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByText('No trading accounts yet')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Practice');
    await user.click(screen.getByRole('button', { name: 'Add a currency' }));
    const rows = screen.getAllByTestId('deposit-row');
    await user.type(within(rows[1]!).getByLabelText('Currency'), 'krw');
    await user.type(within(rows[1]!).getByLabelText('Amount'), '5000000');
    await user.click(screen.getByRole('button', { name: 'Open paper account' }));

    expect(await screen.findByTestId('account-opened')).toHaveTextContent('Opened Practice.');
    expect(sent).toEqual({ name: 'Practice', balances: { USD: 10000, KRW: 5000000 } });
    const account = await screen.findByTestId('trading-account');
    await waitFor(() =>
      expect(account.querySelector('tr[data-currency="KRW"]')).toHaveTextContent(
        'KRW5,000,0005,000,00005,000,000',
      ),
    );
    expect(account.querySelector('tr[data-currency="USD"]')).toHaveTextContent('10,000.00');
  });

  it('shows the server’s word under the field it names', async () => {
    mockFetch({
      '/api/v1/trading-accounts': (_url, request) =>
        request.method === 'POST'
          ? {
              status: 400,
              body: {
                title: 'The request is invalid',
                status: 400,
                code: 'invalid-request',
                errors: [
                  { field: 'balances.USD', message: 'must be more than 0 and at most 1e12' },
                ],
              },
            }
          : { body: { items: [] } },
    });
    const user = userEvent.setup();
    renderPage();
    await user.type(await screen.findByLabelText('Name'), 'Huge');
    await user.click(screen.getByRole('button', { name: 'Open paper account' }));
    expect(await screen.findByTestId('acct-amount-0-error')).toHaveTextContent(
      'must be more than 0 and at most 1e12',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks name and amounts before asking the server', async () => {
    const methods: string[] = [];
    mockFetch({
      '/api/v1/trading-accounts': (_url, request) => {
        methods.push(request.method);
        return { body: { items: [] } };
      },
    });
    const user = userEvent.setup();
    renderPage();
    await user.clear(await screen.findByLabelText('Amount'));
    await user.click(screen.getByRole('button', { name: 'Open paper account' }));
    expect(screen.getByTestId('acct-name-error')).toHaveTextContent('Required.');
    expect(screen.getByTestId('acct-amount-0-error')).toHaveTextContent('Must be a number.');
    expect(methods).not.toContain('POST');
  });
});
