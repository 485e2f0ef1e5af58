import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { bitcoin, rsiThreshold, smaCross, spy } from '../testing/fixtures';

import { SweepForm } from './sweep-form';

type Reply = { status?: number; body?: unknown };

function serve(onStart: (body: unknown) => Reply) {
  return mockFetch({
    '/api/v1/instruments': () => ({ body: { items: [bitcoin, spy], total: 2 } }),
    '/api/v1/strategies': () => ({ body: { items: [rsiThreshold, smaCross] } }),
    '/api/v1/sweeps': async (_url, request) => onStart(await request.json()),
  });
}

/** These tests type dozens of keys; on a busy two-core machine that alone can take 5 s. */
const TYPING_TIMEOUT_MS = 20_000;

function renderForm() {
  return renderRoutes(
    [
      { path: '/backtests', element: <SweepForm /> },
      { path: '/backtests/sweeps/:id', element: <p>sweep page</p> },
    ],
    '/backtests',
  );
}

async function sweepParam(name: string, from: string, to: string, step: string) {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText(`${name}: fixed or swept`), 'sweep');
  for (const [part, value] of [
    ['from', from],
    ['to', to],
    ['step', step],
  ] as const) {
    const input = screen.getByLabelText(`${name} ${part}`);
    await user.clear(input);
    await user.type(input, value);
  }
}

describe('SweepForm', () => {
  it(
    'counts combinations live and posts ranges and fixed values, then opens the sweep',
    async () => {
      const posted: unknown[] = [];
      serve((body) => {
        posted.push(body);
        return { status: 202, body: { id: 'sw-1', status: 'QUEUED' } };
      });
      const user = userEvent.setup();
      renderForm();

      expect(await screen.findByLabelText('period value')).toHaveValue(14);
      expect(screen.getByTestId('combination-count')).toHaveTextContent('1 combination');
      await user.selectOptions(screen.getByLabelText('period: fixed or swept'), 'sweep');
      // Prefilled around the default: 8, 11, …, 20.
      expect(screen.getByLabelText('period from')).toHaveValue(8);
      expect(screen.getByLabelText('period to')).toHaveValue(20);
      expect(screen.getByTestId('combination-count')).toHaveTextContent('5 combinations');

      await sweepParam('period', '10', '20', '2');
      await sweepParam('low', '20', '30', '5');
      expect(screen.getByTestId('combination-count')).toHaveTextContent('18 combinations');
      expect(screen.queryByTestId('combination-warning')).toBeNull();
      await user.selectOptions(screen.getByLabelText('Rank by'), 'TOTAL_RETURN');
      await user.click(screen.getByTestId('start-sweep'));

      expect(await screen.findByText('sweep page')).toBeInTheDocument();
      expect(posted).toEqual([
        {
          strategy: 'rsi-threshold',
          symbol: 'SPY',
          interval: '1d',
          from: expect.any(String) as unknown,
          to: expect.any(String) as unknown,
          ranges: [
            { name: 'period', from: 10, to: 20, step: 2 },
            { name: 'low', from: 20, to: 30, step: 5 },
          ],
          params: { high: 70, size: 100 },
          metric: 'TOTAL_RETURN',
        },
      ]);
    },
    TYPING_TIMEOUT_MS,
  );

  it(
    'warns above the server cap, still sends, and shows the server problem',
    async () => {
      const { calls } = serve(() => ({
        status: 400,
        body: {
          type: 'https://sage.dev/problems/too-much-work',
          title: 'Too much work',
          status: 400,
          detail: 'The sweep has 2,000,000 combinations; the limit is 1,000,000.',
        },
      }));
      const user = userEvent.setup();
      renderForm();
      await screen.findByLabelText('period value');
      await sweepParam('low', '0', '99.99', '0.01');
      await sweepParam('high', '0', '100', '0.5');
      expect(screen.getByTestId('combination-count')).toHaveTextContent('2,010,000 combinations');
      expect(screen.getAllByTestId('combination-warning').map((item) => item.textContent)).toEqual([
        'More than 1,000,000 combinations: the server will refuse this sweep.',
        'Up to 10,534,410,000 combination-bars (2,010,000 × 5,241 bars in the series): above 100,000,000 the server refuses it, counting only the bars between your dates.',
      ]);
      await user.click(screen.getByTestId('start-sweep'));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The sweep has 2,000,000 combinations; the limit is 1,000,000.',
      );
      expect(calls.filter((url) => url.pathname === '/api/v1/sweeps')).toHaveLength(1);
    },
    TYPING_TIMEOUT_MS,
  );

  it(
    'sends a walk-forward when asked for one and says how many bars its folds need',
    async () => {
      const posted: unknown[] = [];
      serve((body) => {
        posted.push(body);
        return { status: 202, body: { id: 'sw-2', status: 'QUEUED' } };
      });
      const user = userEvent.setup();
      renderForm();
      await screen.findByLabelText('period value');
      await sweepParam('period', '10', '20', '5');
      expect(screen.queryByLabelText('Folds')).toBeNull();

      await user.click(screen.getByTestId('walk-forward-on'));
      // Five folds that fit SPY's 5,241 daily bars.
      expect(screen.getByLabelText('Folds')).toHaveValue(5);
      expect(screen.getByTestId('walk-forward-need')).toHaveTextContent(
        'The folds need 5,240 bars; the series has 5,241 (fewer between your dates).',
      );
      for (const [label, value] of [
        ['Folds', '4'],
        ['Train bars', '1000'],
        ['Test bars', '500'],
      ] as const) {
        await user.clear(screen.getByLabelText(label));
        await user.type(screen.getByLabelText(label), value);
      }
      await user.selectOptions(screen.getByLabelText('Train window'), 'ANCHORED');
      expect(screen.getByText(/starts at the first bar and grows/)).toBeInTheDocument();
      expect(screen.getByTestId('walk-forward-need')).toHaveTextContent(
        'The folds need 3,000 bars',
      );
      await user.click(screen.getByTestId('start-sweep'));

      expect(await screen.findByText('sweep page')).toBeInTheDocument();
      expect(posted).toEqual([
        expect.objectContaining({
          ranges: [{ name: 'period', from: 10, to: 20, step: 5 }],
          walkForward: { folds: 4, trainBars: 1000, testBars: 500, window: 'ANCHORED' },
        }),
      ]);
    },
    TYPING_TIMEOUT_MS,
  );

  it(
    'stops on folds that are not whole numbers and shows the server problem for the rest',
    async () => {
      const { calls } = serve(() => ({
        status: 400,
        body: {
          type: 'urn:sage:problem:invalid-walk-forward',
          title: 'Invalid walk-forward settings',
          status: 400,
          code: 'invalid-walk-forward',
          detail:
            '5 folds of 5,000 train and 250 test bars need 6,250 bars; the range holds 5,241. Ask for fewer or shorter folds, or widen from/to.',
          errors: [{ field: 'walkForward', message: 'need 6,250 bars' }],
        },
      }));
      const user = userEvent.setup();
      renderForm();
      await screen.findByLabelText('period value');
      await sweepParam('period', '10', '20', '5');
      await user.click(screen.getByTestId('walk-forward-on'));
      await user.clear(screen.getByLabelText('Folds'));
      await user.type(screen.getByLabelText('Folds'), '2.5');
      await user.click(screen.getByTestId('start-sweep'));
      expect(await screen.findByText('Enter a whole number.')).toBeInTheDocument();
      expect(calls.some((url) => url.pathname === '/api/v1/sweeps')).toBe(false);

      await user.clear(screen.getByLabelText('Folds'));
      await user.type(screen.getByLabelText('Folds'), '5');
      await user.clear(screen.getByLabelText('Train bars'));
      await user.type(screen.getByLabelText('Train bars'), '5000');
      await user.click(screen.getByTestId('start-sweep'));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('need 6,250 bars; the range holds 5,241');
      expect(alert).toHaveTextContent('invalid-walk-forward');
    },
    TYPING_TIMEOUT_MS,
  );

  it('shows a range that is not one and asks for at least one swept parameter', async () => {
    const { calls } = serve(() => ({ status: 500 }));
    const user = userEvent.setup();
    renderForm();
    await screen.findByLabelText('period value');
    await user.click(screen.getByTestId('start-sweep'));
    expect(await screen.findByText('Sweep at least one parameter.')).toBeInTheDocument();
    await sweepParam('period', '20', '10', '1');
    expect(screen.getByText('not a range')).toBeInTheDocument();
    expect(screen.getByTestId('combination-count')).toHaveTextContent('not countable');
    await waitFor(() => expect(calls.some((url) => url.pathname === '/api/v1/sweeps')).toBe(false));
  });
});
