import {
  formatCount,
  formatDays,
  formatFraction,
  formatRatio,
  formatSignedMoney,
} from '@/lib/format';

import type { BacktestFigures } from '../api/types';

type Format = 'return' | 'share' | 'ratio' | 'days' | 'count' | 'money';

interface MetricDefinition {
  key: keyof BacktestFigures;
  label: string;
  format: Format;
  /** What the figure means, for the row's tooltip and screen readers. */
  help: string;
}

export interface MetricGroup {
  title: string;
  metrics: readonly MetricDefinition[];
}

export const METRIC_GROUPS: readonly MetricGroup[] = [
  {
    title: 'Returns and risk',
    metrics: [
      {
        key: 'totalReturn',
        label: 'Total return',
        format: 'return',
        help: 'Final over initial equity, minus one',
      },
      { key: 'cagr', label: 'CAGR', format: 'return', help: 'Compound annual growth rate' },
      {
        key: 'volatility',
        label: 'Volatility',
        format: 'share',
        help: 'Annualised standard deviation of per-bar returns',
      },
      {
        key: 'sharpe',
        label: 'Sharpe',
        format: 'ratio',
        help: 'Annualised Sharpe ratio, risk-free rate 0',
      },
      {
        key: 'sortino',
        label: 'Sortino',
        format: 'ratio',
        help: 'Annualised Sortino ratio, risk-free rate 0',
      },
      {
        key: 'maxDrawdown',
        label: 'Max drawdown',
        format: 'share',
        help: 'Deepest fall from a peak',
      },
      {
        key: 'maxDrawdownDays',
        label: 'Longest drawdown',
        format: 'days',
        help: 'Longest time below a peak',
      },
      { key: 'calmar', label: 'Calmar', format: 'ratio', help: 'CAGR over max drawdown' },
      {
        key: 'exposure',
        label: 'Exposure',
        format: 'share',
        help: 'Share of bars that closed with a position open',
      },
    ],
  },
  {
    title: 'Trades',
    metrics: [
      { key: 'tradeCount', label: 'Trades', format: 'count', help: 'Closed round trips' },
      {
        key: 'winRate',
        label: 'Win rate',
        format: 'share',
        help: 'Share of round trips with a positive P&L',
      },
      {
        key: 'profitFactor',
        label: 'Profit factor',
        format: 'ratio',
        help: 'Gross profit over gross loss',
      },
      {
        key: 'averageWin',
        label: 'Average win',
        format: 'money',
        help: 'Mean P&L of winning round trips',
      },
      {
        key: 'averageLoss',
        label: 'Average loss',
        format: 'money',
        help: 'Mean P&L of losing round trips',
      },
    ],
  },
];

/** One figure as the metrics table shows it; absent or undefined figures are a dash. */
export function formatMetric(value: number | undefined, format: Format, currency: string): string {
  switch (format) {
    case 'return':
      return formatFraction(value, { signed: true });
    case 'share':
      return formatFraction(value);
    case 'ratio':
      return formatRatio(value);
    case 'days':
      return formatDays(value);
    case 'count':
      return formatCount(value);
    case 'money':
      return formatSignedMoney(value, currency);
  }
}

export interface MetricRow {
  key: keyof BacktestFigures;
  label: string;
  help: string;
  strategy: string;
  buyAndHold: string;
}

export interface MetricSection {
  title: string;
  rows: MetricRow[];
}

/** The strategy's figures beside buy-and-hold's, grouped and formatted for the table. */
export function metricSections(
  strategy: BacktestFigures,
  buyAndHold: BacktestFigures,
  currency: string,
): MetricSection[] {
  return METRIC_GROUPS.map((group) => ({
    title: group.title,
    rows: group.metrics.map(({ key, label, format, help }) => ({
      key,
      label,
      help,
      strategy: formatMetric(strategy[key], format, currency),
      buyAndHold: formatMetric(buyAndHold[key], format, currency),
    })),
  }));
}
