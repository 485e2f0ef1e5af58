import { describe, expect, it } from 'vitest';

import type { BacktestMonteCarlo } from '../api/types';
import { spyMonteCarlo } from '../testing/fixtures';

import { monteCarloView } from './monte-carlo';

describe('monteCarloView', () => {
  it('puts the runs beside the trades in order, drawdowns as shares and equity in the currency', () => {
    const view = monteCarloView(spyMonteCarlo, 0.0295, 'USD');
    expect(view.kind).toBe('done');
    if (view.kind !== 'done') return;
    expect(view.caption).toBe('1,000 bootstrap runs of 16 closed trades (seed 1)');
    expect(view.rows.map((row) => [row.label, row.maxDrawdown, row.finalEquity])).toEqual([
      ['Trades in order', '1.63%', '104,880.84'],
      ['5th percentile', '0.19%', '100,211.80'],
      ['Median', '1.25%', '104,830.25'],
      ['95th percentile', '2.72%', '109,375.59'],
      ['Worst run', '5.15%', '96,179.32'],
    ]);
    expect(view.beyond).toBe(
      '10.90% of runs drew down more than 1.5 × the trades in order (deeper than 2.45%).',
    );
    expect(view.note).toBe(
      'Drawdowns here run from trade to trade over closed trades; bar by bar, the backtest fell 2.95% at its deepest.',
    );
  });

  it('says why nothing ran', () => {
    const few: BacktestMonteCarlo = {
      status: 'NOT_ENOUGH_TRADES',
      detail: '2 closed trades; a Monte Carlo needs at least 5.',
      runs: 1000,
      resampling: 'BOOTSTRAP',
      seed: 1,
      trades: 2,
      minTrades: 5,
      drawdownMultiple: 1.5,
    };
    expect(monteCarloView(few, 0.1, 'USD')).toEqual({
      kind: 'not-run',
      status: 'NOT_ENOUGH_TRADES',
      message: '2 closed trades; a Monte Carlo needs at least 5.',
    });
  });

  it('says a backtest kept before Monte Carlo existed has none', () => {
    expect(monteCarloView(undefined, 0.1, 'USD').kind).toBe('missing');
  });

  it('shows whole won for KRW', () => {
    const view = monteCarloView(
      {
        ...spyMonteCarlo,
        historicalFinalEquity: 12_345_678.9,
        finalEquity: { p5: 1.4, p25: 2, p50: 3, p75: 4, p95: 5, worst: 0.6 },
      },
      0.1,
      'KRW',
    );
    expect(view.kind === 'done' && view.rows[0]?.finalEquity).toBe('12,345,679');
  });
});
