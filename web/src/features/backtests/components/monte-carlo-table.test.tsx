import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { spyMonteCarlo } from '../testing/fixtures';

import { MonteCarloTable } from './monte-carlo-table';

describe('MonteCarloTable', () => {
  it('lists the drawdown and final equity of the runs under the trades in order', () => {
    render(<MonteCarloTable monteCarlo={spyMonteCarlo} barMaxDrawdown={0.0295} currency="USD" />);

    const table = screen.getByTestId('monte-carlo-table');
    expect(
      within(table).getByText('1,000 bootstrap runs of 16 closed trades (seed 1)'),
    ).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'Final equity (USD)' })).toBeVisible();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-row'))).toEqual([
      'historical',
      'p5',
      'p50',
      'p95',
      'worst',
    ]);
    const worst = rows[4] as HTMLElement;
    expect(within(worst).getByRole('rowheader')).toHaveTextContent('Worst run');
    expect(worst.querySelector('[data-column="max-drawdown"]')).toHaveTextContent('5.15%');
    expect(worst.querySelector('[data-column="final-equity"]')).toHaveTextContent('96,179.32');
    expect(screen.getByTestId('monte-carlo-beyond')).toHaveTextContent(
      '10.90% of runs drew down more than 1.5 × the trades in order',
    );
    expect(screen.getByText(/bar by bar, the backtest fell 2.95% at its deepest/)).toBeVisible();
  });

  it('says why there is no Monte Carlo instead of a table', () => {
    render(
      <MonteCarloTable
        monteCarlo={{
          ...spyMonteCarlo,
          status: 'OFF',
          detail: 'No Monte Carlo was asked for (0 runs).',
          runs: 0,
          maxDrawdown: undefined,
          finalEquity: undefined,
          historicalMaxDrawdown: undefined,
          historicalFinalEquity: undefined,
          probabilityOfDrawdownBeyond: undefined,
        }}
        barMaxDrawdown={0.1}
        currency="USD"
      />,
    );
    expect(screen.queryByTestId('monte-carlo-table')).toBeNull();
    expect(screen.getByTestId('monte-carlo-message')).toHaveTextContent(
      'No Monte Carlo was asked for (0 runs).',
    );
    expect(screen.getByTestId('monte-carlo')).toHaveAttribute('data-status', 'OFF');
  });
});
