import { formatAmount, formatFraction, formatRatio } from '@/lib/format';

import type { BacktestMonteCarlo, MonteCarloPercentiles } from '../api/types';

export interface MonteCarloRow {
  key: 'historical' | 'p5' | 'p50' | 'p95' | 'worst';
  label: string;
  help: string;
  maxDrawdown: string;
  finalEquity: string;
}

export type MonteCarloView =
  | { kind: 'missing'; message: string }
  | { kind: 'not-run'; status: string; message: string }
  | {
      kind: 'done';
      caption: string;
      rows: MonteCarloRow[];
      /** How often the runs fell deeper than a multiple of the historical drawdown. */
      beyond: string;
      /** Why these drawdowns differ from the bar-by-bar one in the metrics table. */
      note: string;
    };

const ROWS: readonly {
  key: Exclude<MonteCarloRow['key'], 'historical'>;
  label: string;
  help: string;
}[] = [
  {
    key: 'p5',
    label: '5th percentile',
    help: '5% of runs drew down less, and 5% ended below this equity',
  },
  { key: 'p50', label: 'Median', help: 'Half the runs did better, half worse' },
  {
    key: 'p95',
    label: '95th percentile',
    help: '5% of runs drew down more, and 5% ended above this equity',
  },
  {
    key: 'worst',
    label: 'Worst run',
    help: 'The deepest drawdown and the lowest final equity of all runs (not the same run)',
  },
];

function percentile(values: MonteCarloPercentiles, key: (typeof ROWS)[number]['key']): number {
  return values[key];
}

/**
 * The Monte Carlo block of a backtest: the drawdown and final-equity percentiles of the runs
 * beside the trades in their historical order, or why there are none.
 */
export function monteCarloView(
  monteCarlo: BacktestMonteCarlo | undefined,
  barMaxDrawdown: number,
  currency: string,
): MonteCarloView {
  if (!monteCarlo) {
    return {
      kind: 'missing',
      message: 'This backtest was kept before Sage ran a Monte Carlo on every backtest.',
    };
  }
  const { maxDrawdown, finalEquity, historicalMaxDrawdown, historicalFinalEquity } = monteCarlo;
  const beyond = monteCarlo.probabilityOfDrawdownBeyond;
  if (
    monteCarlo.status !== 'DONE' ||
    !maxDrawdown ||
    !finalEquity ||
    historicalMaxDrawdown === undefined ||
    historicalFinalEquity === undefined ||
    beyond === undefined
  ) {
    return { kind: 'not-run', status: monteCarlo.status, message: monteCarlo.detail };
  }
  const multiple = formatRatio(monteCarlo.drawdownMultiple).replace(/\.?0+$/, '');
  return {
    kind: 'done',
    caption: monteCarlo.detail,
    rows: [
      {
        key: 'historical',
        label: 'Trades in order',
        help: 'The backtest’s own trades, in the order they happened',
        maxDrawdown: formatFraction(historicalMaxDrawdown),
        finalEquity: formatAmount(historicalFinalEquity, currency),
      },
      ...ROWS.map(({ key, label, help }) => ({
        key,
        label,
        help,
        maxDrawdown: formatFraction(percentile(maxDrawdown, key)),
        finalEquity: formatAmount(percentile(finalEquity, key), currency),
      })),
    ],
    beyond: `${formatFraction(beyond)} of runs drew down more than ${multiple} × the trades in order (deeper than ${formatFraction(
      monteCarlo.drawdownMultiple * historicalMaxDrawdown,
    )}).`,
    note: `Drawdowns here run from trade to trade over closed trades; bar by bar, the backtest fell ${formatFraction(
      barMaxDrawdown,
    )} at its deepest.`,
  };
}
