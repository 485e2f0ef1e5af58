import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { backtestQueryKey } from '../api/get-backtest';
import { bitcoin, rsiThreshold, smaCross, spy, spyBacktest } from '../testing/fixtures';

import { BacktestForm } from './backtest-form';

type Reply = { status?: number; body?: unknown };

function serve(onRun: (body: unknown) => Reply | Promise<Reply>) {
  return mockFetch({
    '/api/v1/instruments': () => ({ body: { items: [bitcoin, spy], total: 2 } }),
    '/api/v1/strategies': () => ({ body: { items: [rsiThreshold, smaCross] } }),
    '/api/v1/backtests': async (_url, request) => {
      if (request.method !== 'POST') return { body: { items: [] } };
      return onRun(await request.json());
    },
  });
}

function renderForm() {
  return renderRoutes(
    [
      { path: '/backtests', element: <BacktestForm /> },
      { path: '/backtests/:id', element: <p>result page</p> },
    ],
    '/backtests',
  );
}

const fieldValue = (label: string) =>
  screen.getByLabelText<HTMLInputElement | HTMLSelectElement>(label, { exact: true }).value;

describe('BacktestForm', () => {
  it('builds the parameter inputs from the strategy schema, with defaults and help', async () => {
    serve(() => ({ status: 500 }));
    const user = userEvent.setup();
    renderForm();

    const period = await screen.findByLabelText('period');
    expect(period).toHaveValue(14);
    expect(period).toHaveAttribute('min', '2');
    expect(period).toHaveAttribute('max', '500');
    expect(period).toHaveAttribute('step', '1');
    expect(period).toHaveAccessibleDescription(
      'RSI period in bars · whole number from 2 to 500, default 14',
    );
    expect(screen.getByLabelText('low')).toHaveValue(30);
    expect(screen.getByLabelText('high')).toHaveValue(70);
    expect(screen.getByLabelText('size')).toHaveAccessibleDescription(
      'quantity to buy · number from 0.00000001 to 1,000,000,000, default 100',
    );

    await user.selectOptions(screen.getByLabelText('Strategy'), 'sma-cross');
    expect(screen.queryByLabelText('period')).toBeNull();
    expect(screen.getByLabelText('fast')).toHaveValue(10);
    expect(screen.getByLabelText('slow')).toHaveValue(30);
    expect(screen.getByText(/fast SMA crosses above the slow SMA/)).toBeInTheDocument();
  });

  it('starts on SPY over its whole daily history and offers only the intervals it has', async () => {
    serve(() => ({ status: 500 }));
    const user = userEvent.setup();
    renderForm();

    const instrument = await screen.findByLabelText('Instrument');
    expect(fieldValue('Instrument')).toBe('SPY');
    expect(
      within(instrument).getByRole('option', { name: 'BTC-USD · Bitcoin' }),
    ).toBeInTheDocument();
    expect(fieldValue('From')).toBe('1999-11-01');
    expect(fieldValue('To')).toBe('2020-08-28');
    expect(
      within(screen.getByLabelText('Interval'))
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['1d']);

    await user.selectOptions(instrument, 'BTC-USD');
    expect(
      within(screen.getByLabelText('Interval'))
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['1h', '1d']);
    expect(fieldValue('Interval')).toBe('1d');
    expect(fieldValue('To')).toBe('2020-04-19');
    await user.selectOptions(screen.getByLabelText('Interval'), '1h');
    expect(fieldValue('From')).toBe('2018-01-01');
    expect(screen.getByLabelText('Starting cash (USD)')).toBeInTheDocument();
  });

  it('sends the request with the commission as a fraction and opens the result', async () => {
    const sent: unknown[] = [];
    serve((body) => {
      sent.push(body);
      return { status: 201, body: spyBacktest };
    });
    const user = userEvent.setup();
    const { router, queryClient } = renderForm();

    const period = await screen.findByLabelText('period');
    await user.clear(period);
    await user.type(period, '21');
    await user.clear(screen.getByLabelText('Commission (%)'));
    await user.type(screen.getByLabelText('Commission (%)'), '0.25');
    await user.click(screen.getByRole('button', { name: 'Run backtest' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/backtests/${spyBacktest.id}`),
    );
    expect(sent).toEqual([
      {
        strategy: 'rsi-threshold',
        symbol: 'SPY',
        interval: '1d',
        from: '1999-11-01',
        to: '2020-08-28',
        params: { period: 21, low: 30, high: 70, size: 100 },
        cash: 100000,
        commission: 0.0025,
      },
    ]);
    // The answer is the kept backtest: the result page needs no second request.
    expect(queryClient.getQueryData(backtestQueryKey(spyBacktest.id))).toEqual(spyBacktest);
  });

  it('is busy while the backtest runs', async () => {
    let finish: (reply: Reply) => void = () => {};
    serve(() => new Promise<Reply>((resolve) => (finish = resolve)));
    const user = userEvent.setup();
    renderForm();

    await user.click(await screen.findByRole('button', { name: 'Run backtest' }));
    const busy = await screen.findByRole('button', { name: 'Running…' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByLabelText('period')).toBeDisabled();
    finish({ status: 201, body: spyBacktest });
    await waitFor(() => expect(screen.getByText('result page')).toBeInTheDocument());
  });

  it('asks for a job, shows its progress while it runs and opens the result', async () => {
    const id = spyBacktest.id;
    const job = {
      id,
      status: 'QUEUED',
      strategy: 'rsi-threshold',
      symbol: 'SPY',
      interval: '1d',
      bars: 300000,
      done: 0,
      createdAt: '2026-12-05T05:00:00Z',
    };
    const prefer: (string | null)[] = [];
    let polls = 0;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    mockFetch({
      '/api/v1/instruments': () => ({ body: { items: [bitcoin, spy], total: 2 } }),
      '/api/v1/strategies': () => ({ body: { items: [rsiThreshold, smaCross] } }),
      '/api/v1/backtests': (_url, request) => {
        prefer.push(request.headers.get('Prefer'));
        return { status: 202, body: job, headers: { Location: `/api/v1/backtests/jobs/${id}` } };
      },
      [`/api/v1/backtests/jobs/${id}`]: async () => {
        polls += 1;
        if (polls === 1) return { body: { ...job, status: 'RUNNING', done: 131072 } };
        await held;
        return {
          body: {
            ...job,
            status: 'DONE',
            done: 300000,
            finishedAt: '2026-12-05T05:00:02Z',
            result: `/api/v1/backtests/${id}`,
          },
        };
      },
      [`/api/v1/backtests/${id}`]: () => ({ body: spyBacktest }),
    });
    const user = userEvent.setup();
    const { router, queryClient } = renderForm();

    await user.click(await screen.findByRole('button', { name: 'Run backtest' }));
    const progress = await screen.findByTestId('backtest-progress');
    await waitFor(() => expect(progress).toHaveAttribute('value', '131072'));
    expect(progress).toHaveAttribute('max', '300000');
    expect(screen.getByText('131,072 / 300,000 bars')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Running…' })).toBeDisabled();
    release();

    await waitFor(() => expect(router.state.location.pathname).toBe(`/backtests/${id}`));
    expect(prefer).toEqual(['respond-async']);
    expect(queryClient.getQueryData(backtestQueryKey(id))).toEqual(spyBacktest);
  });

  it('says why when the job fails', async () => {
    const id = spyBacktest.id;
    const job = {
      id,
      status: 'QUEUED',
      strategy: 'rsi-threshold',
      symbol: 'SPY',
      interval: '1d',
      bars: 5000,
      done: 0,
      createdAt: '2026-12-05T05:00:00Z',
    };
    mockFetch({
      '/api/v1/instruments': () => ({ body: { items: [bitcoin, spy], total: 2 } }),
      '/api/v1/strategies': () => ({ body: { items: [rsiThreshold, smaCross] } }),
      '/api/v1/backtests': () => ({ status: 202, body: job }),
      [`/api/v1/backtests/jobs/${id}`]: () => ({
        body: {
          ...job,
          status: 'FAILED',
          finishedAt: '2026-12-05T05:00:02Z',
          error: 'interrupted: the server stopped while it ran',
        },
      }),
    });
    const user = userEvent.setup();
    renderForm();

    await user.click(await screen.findByRole('button', { name: 'Run backtest' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'interrupted: the server stopped while it ran',
    );
    expect(screen.getByRole('button', { name: 'Run backtest' })).toBeEnabled();
  });

  it('shows its own range check and still lets the server answer with its problem', async () => {
    serve(() => ({
      status: 400,
      body: {
        type: 'https://sage.dev/problems/invalid-parameters',
        title: 'Invalid parameters',
        status: 400,
        code: 'invalid-parameters',
        detail: 'rsi-threshold: period must lie in [2, 500]: 1',
        requestId: 'req-123',
      },
    }));
    const user = userEvent.setup();
    renderForm();

    const period = await screen.findByLabelText('period');
    await user.clear(period);
    await user.type(period, '1');
    expect(screen.getByTestId('bt-param-period-error')).toHaveTextContent('Must be from 2 to 500.');
    expect(period).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Run backtest' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The backtest did not run');
    expect(alert).toHaveTextContent('rsi-threshold: period must lie in [2, 500]: 1');
    expect(alert).toHaveTextContent('invalid-parameters');
    expect(within(alert).getByTestId('request-id')).toHaveTextContent('req-123');
  });

  it('puts the server field errors next to the fields they name', async () => {
    serve(() => ({
      status: 400,
      body: {
        title: 'Bad Request',
        status: 400,
        code: 'invalid-request',
        detail: 'The request has invalid fields.',
        requestId: 'req-456',
        errors: [
          { field: 'commission', message: 'must be a fraction of traded value from 0 to 0.1' },
          { field: 'symbol', message: 'is required' },
        ],
      },
    }));
    const user = userEvent.setup();
    renderForm();

    await user.click(await screen.findByRole('button', { name: 'Run backtest' }));
    expect(await screen.findByTestId('bt-commission-error')).toHaveTextContent(
      'must be a fraction of traded value from 0 to 0.1',
    );
    expect(screen.getByTestId('bt-symbol-error')).toHaveTextContent('is required');
    expect(screen.getByLabelText('Commission (%)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('commission: must be a fraction');

    // Once the field is edited the server's old word on it goes; the alert stays.
    await user.type(screen.getByLabelText('Commission (%)'), '5');
    expect(screen.queryByTestId('bt-commission-error')).toBeNull();
    expect(screen.getByTestId('bt-symbol-error')).toHaveTextContent('is required');
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('does not send a request while a number field holds no number', async () => {
    const { fetchMock } = serve(() => ({ status: 201, body: spyBacktest }));
    const user = userEvent.setup();
    renderForm();

    await user.clear(await screen.findByLabelText('Starting cash (USD)'));
    await user.click(screen.getByRole('button', { name: 'Run backtest' }));
    expect(screen.getByTestId('bt-cash-error')).toHaveTextContent('Enter a number.');
    expect(
      fetchMock.mock.calls.filter(([input]) => (input as Request).method === 'POST'),
    ).toHaveLength(0);
  });

  it('says so when the strategies cannot be loaded', async () => {
    mockFetch({
      '/api/v1/instruments': () => ({ body: { items: [spy], total: 1 } }),
      '/api/v1/strategies': () => ({
        status: 503,
        body: { title: 'Unavailable', status: 503, detail: 'Starting up', code: 'unavailable' },
      }),
    });
    renderForm();
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the strategies');
  });
});
