import { describe, expect, it } from 'vitest';

import { spyBacktest } from '../testing/fixtures';

import { formatMetric, metricSections } from './metrics';

describe('formatMetric', () => {
  it('formats each kind of figure', () => {
    expect(formatMetric(0.0421, 'return', 'USD')).toBe('+4.21%');
    expect(formatMetric(-0.2, 'return', 'USD')).toBe('-20.00%');
    expect(formatMetric(0.31, 'share', 'USD')).toBe('31.00%');
    expect(formatMetric(1.2345, 'ratio', 'USD')).toBe('1.23');
    expect(formatMetric(412, 'days', 'USD')).toBe('412 days');
    expect(formatMetric(2, 'count', 'USD')).toBe('2');
    expect(formatMetric(-1389, 'money', 'KRW')).toBe('-1,389');
  });

  it('shows an absent figure as a dash', () => {
    expect(formatMetric(undefined, 'ratio', 'USD')).toBe('—');
    expect(formatMetric(undefined, 'money', 'USD')).toBe('—');
  });
});

describe('metricSections', () => {
  const sections = metricSections(spyBacktest.performance, spyBacktest.buyAndHold, 'USD');
  const rows = sections.flatMap((section) => section.rows);

  it('lists the figures a trader compares, in order', () => {
    expect(sections.map((section) => section.title)).toEqual(['Returns and risk', 'Trades']);
    expect(rows.map((row) => row.label)).toEqual([
      'Total return',
      'CAGR',
      'Volatility',
      'Sharpe',
      'Sortino',
      'Max drawdown',
      'Longest drawdown',
      'Calmar',
      'Exposure',
      'Trades',
      'Win rate',
      'Profit factor',
      'Average win',
      'Average loss',
    ]);
  });

  it('puts the strategy beside buy and hold, with dashes where buy and hold has no figure', () => {
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(byKey.totalReturn).toMatchObject({ strategy: '+4.21%', buyAndHold: '+8.15%' });
    expect(byKey.maxDrawdown).toMatchObject({ strategy: '8.33%', buyAndHold: '55.19%' });
    expect(byKey.maxDrawdownDays).toMatchObject({ strategy: '412 days', buyAndHold: '1,847 days' });
    expect(byKey.sharpe).toMatchObject({ strategy: '0.27', buyAndHold: '—' });
    expect(byKey.averageWin).toMatchObject({ strategy: '+2,500.25', buyAndHold: '—' });
    expect(byKey.averageLoss).toMatchObject({ strategy: '-1,389.00', buyAndHold: '—' });
    expect(byKey.tradeCount).toMatchObject({ strategy: '2', buyAndHold: '0' });
  });
});
