import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { BacktestSummary } from '../api/types';
import { spy, spyBacktest, summaryOf } from '../testing/fixtures';

import { BacktestList } from './backtest-list';

const newer: BacktestSummary = {
  ...summaryOf(spyBacktest),
  id: 'aaaaaaaa-1111-4222-8333-444444444444',
  strategy: 'sma-cross',
  totalReturn: -0.125,
  tradeCount: 7,
  finalEquity: 87500,
  createdAt: '2026-11-23T12:30:00Z',
};

function serve(initial: BacktestSummary[]) {
  let kept = [...initial];
  const deleted: string[] = [];
  const mock = mockFetch({
    '/api/v1/backtests': () => ({ body: { items: kept } }),
    '/api/v1/instruments': () => ({ body: { items: [spy], total: 1 } }),
    ...Object.fromEntries(
      initial.map((summary) => [
        `/api/v1/backtests/${summary.id}`,
        (_url: URL, request: Request) => {
          if (request.method !== 'DELETE') return { status: 405 };
          deleted.push(summary.id);
          kept = kept.filter((item) => item.id !== summary.id);
          return { status: 204 };
        },
      ]),
    ),
  });
  return { ...mock, deleted };
}

function renderList() {
  return renderRoutes([{ path: '/backtests', element: <BacktestList /> }], '/backtests');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('BacktestList', () => {
  it('lists kept backtests in the order the server gives (newest first), linked', async () => {
    serve([newer, summaryOf(spyBacktest)]);
    renderList();
    const table = await screen.findByTestId('backtest-list');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-backtest-id'))).toEqual([
      newer.id,
      spyBacktest.id,
    ]);
    expect(rows[0]).toHaveTextContent('sma-cross');
    expect(within(rows[0]!).getByText('-12.50%')).toHaveClass('down');
    expect(rows[0]).toHaveTextContent('87,500.00 USD');
    expect(rows[1]).toHaveTextContent('Aug 24, 2020 – Aug 27, 2020');
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute(
      'href',
      `/backtests/${spyBacktest.id}`,
    );
  });

  it('deletes a backtest once confirmed and drops it from the list', async () => {
    const { deleted } = serve([newer, summaryOf(spyBacktest)]);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const user = userEvent.setup();
    renderList();

    const table = await screen.findByTestId('backtest-list');
    const row = within(table)
      .getAllByRole('row')
      .find((item) => item.getAttribute('data-backtest-id') === newer.id)!;
    await user.click(within(row).getByRole('button', { name: /Delete the sma-cross backtest/ }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('cannot be undone'));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(deleted).toEqual([newer.id]);
    expect(table.querySelector(`[data-backtest-id="${newer.id}"]`)).toBeNull();
  });

  it('keeps the backtest when the confirmation is declined', async () => {
    const { deleted } = serve([summaryOf(spyBacktest)]);
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = userEvent.setup();
    renderList();
    await user.click(await screen.findByRole('button', { name: /Delete the rsi-threshold/ }));
    expect(deleted).toEqual([]);
    expect(screen.getAllByRole('row')).toHaveLength(2);
  });

  it('says when nothing is kept yet', async () => {
    serve([]);
    renderList();
    expect(await screen.findByText('No backtests kept yet.')).toBeInTheDocument();
  });
});
