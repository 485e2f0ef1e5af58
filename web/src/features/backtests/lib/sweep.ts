import { formatCount, formatFraction, formatRatio } from '@/lib/format';

import type { Strategy, StrategyParam, SweepCombination, SweepRange } from '../api/types';

import { parseNumber } from './form';

/** The server's caps: past either, a sweep is refused as `too-much-work`. */
export const MAX_COMBINATIONS = 1_000_000;
export const MAX_COMBINATION_BARS = 100_000_000;

export type MetricKey =
  'TOTAL_RETURN' | 'CAGR' | 'SHARPE' | 'SORTINO' | 'MAX_DRAWDOWN' | 'PROFIT_FACTOR' | 'TRADE_COUNT';

type Figure = Exclude<keyof SweepCombination, 'params' | 'refusal'>;

export interface Metric {
  key: MetricKey;
  label: string;
  field: Figure;
  /** Returns are coloured around 0 (loss red, gain green); other figures on one scale. */
  diverging: boolean;
  /** False for drawdown: the smaller, the better. */
  higherIsBetter: boolean;
  format: (value: number | undefined) => string;
}

const fraction = (value: number | undefined) => formatFraction(value, { signed: true });

export const METRICS: readonly Metric[] = [
  {
    key: 'SHARPE',
    label: 'Sharpe',
    field: 'sharpe',
    diverging: false,
    higherIsBetter: true,
    format: formatRatio,
  },
  {
    key: 'SORTINO',
    label: 'Sortino',
    field: 'sortino',
    diverging: false,
    higherIsBetter: true,
    format: formatRatio,
  },
  {
    key: 'TOTAL_RETURN',
    label: 'Total return',
    field: 'totalReturn',
    diverging: true,
    higherIsBetter: true,
    format: fraction,
  },
  {
    key: 'CAGR',
    label: 'CAGR',
    field: 'cagr',
    diverging: true,
    higherIsBetter: true,
    format: fraction,
  },
  {
    key: 'MAX_DRAWDOWN',
    label: 'Max drawdown',
    field: 'maxDrawdown',
    diverging: false,
    higherIsBetter: false,
    format: (value) => formatFraction(value),
  },
  {
    key: 'PROFIT_FACTOR',
    label: 'Profit factor',
    field: 'profitFactor',
    diverging: false,
    higherIsBetter: true,
    format: formatRatio,
  },
  {
    key: 'TRADE_COUNT',
    label: 'Trades',
    field: 'tradeCount',
    diverging: false,
    higherIsBetter: true,
    format: formatCount,
  },
];

export function metricOf(key: string): Metric {
  return METRICS.find((metric) => metric.key === key) ?? (METRICS[0] as Metric);
}

/** The metric's value for a combination; undefined when refused or not defined for it. */
export function metricValue(combination: SweepCombination, metric: Metric): number | undefined {
  if (combination.refusal) return undefined;
  const value = combination[metric.field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** One parameter as the form holds it: a fixed value or a range, all as typed. */
export interface ParamChoice {
  mode: 'fixed' | 'sweep';
  value: string;
  from: string;
  to: string;
  step: string;
}

/** A sweep range from the default: about five steps either side, kept inside min and max. */
export function defaultChoice(param: StrategyParam): ParamChoice {
  const integer = param.type === 'INTEGER';
  const base = param.defaultValue;
  let step = integer ? Math.max(1, Math.round(Math.abs(base) / 5)) : Math.abs(base) / 5 || 1;
  step = Number(step.toPrecision(2));
  const from = Math.max(param.min, Number((base - 2 * step).toPrecision(12)));
  const to = Math.min(param.max, Number((base + 2 * step).toPrecision(12)));
  return {
    mode: 'fixed',
    value: String(base),
    from: String(from),
    to: String(to),
    step: String(step),
  };
}

export function defaultChoices(strategy: Strategy | undefined): Record<string, ParamChoice> {
  const choices: Record<string, ParamChoice> = {};
  for (const param of strategy?.params ?? []) choices[param.name] = defaultChoice(param);
  return choices;
}

/**
 * The values a range takes, from `from` up to `to` inclusive (as the server counts them, with a
 * little tolerance for decimal steps); undefined when the range is not one (step not positive,
 * to before from, a field that is not a number).
 */
export function rangeSize(from: number, to: number, step: number): number | undefined {
  if (![from, to, step].every(Number.isFinite) || step <= 0 || to < from) return undefined;
  return Math.floor((to - from) / step + 1e-9) + 1;
}

/** How many values a parameter takes: 1 when fixed, the range's size when swept. */
export function choiceSize(choice: ParamChoice): number | undefined {
  if (choice.mode === 'fixed') return parseNumber(choice.value) === undefined ? undefined : 1;
  const from = parseNumber(choice.from);
  const to = parseNumber(choice.to);
  const step = parseNumber(choice.step);
  if (from === undefined || to === undefined || step === undefined) return undefined;
  return rangeSize(from, to, step);
}

/** The product of the range sizes; undefined while any range is not one. */
export function combinationCount(choices: readonly ParamChoice[]): number | undefined {
  let count = 1;
  for (const choice of choices) {
    const size = choiceSize(choice);
    if (size === undefined) return undefined;
    count *= size;
  }
  return count;
}

/**
 * Why the server will refuse a sweep of `count` combinations over at most `bars` bars (the
 * whole series; dates can only make it less), one message per cap passed.
 */
export function capWarnings(count: number | undefined, bars: number | undefined): string[] {
  if (count === undefined) return [];
  const plain = (value: number) => value.toLocaleString('en-US');
  const warnings: string[] = [];
  if (count > MAX_COMBINATIONS) {
    warnings.push(
      `More than ${plain(MAX_COMBINATIONS)} combinations: the server will refuse this sweep.`,
    );
  }
  if (bars !== undefined && count * bars > MAX_COMBINATION_BARS) {
    warnings.push(
      `Up to ${plain(count * bars)} combination-bars (${plain(count)} × ${plain(bars)} bars in the series): above ${plain(MAX_COMBINATION_BARS)} the server refuses it, counting only the bars between your dates.`,
    );
  }
  return warnings;
}

export type BuiltSweep =
  | { ok: true; ranges: SweepRange[]; params: Record<string, number> }
  | { ok: false; errors: Record<string, string> };

/**
 * The swept ranges and the fixed values. Only text that is not a number stops the request; a
 * step of 0 or a huge range is sent, so the server's own problem is shown.
 */
export function buildRanges(strategy: Strategy, choices: Record<string, ParamChoice>): BuiltSweep {
  const ranges: SweepRange[] = [];
  const params: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const param of strategy.params) {
    const choice = choices[param.name] ?? defaultChoice(param);
    if (choice.mode === 'fixed') {
      const value = parseNumber(choice.value);
      if (value === undefined) errors[param.name] = 'Enter a number.';
      else params[param.name] = value;
      continue;
    }
    const from = parseNumber(choice.from);
    const to = parseNumber(choice.to);
    const step = parseNumber(choice.step);
    if (from === undefined || to === undefined || step === undefined) {
      errors[param.name] = 'Enter numbers for from, to and step.';
    } else {
      ranges.push({ name: param.name, from, to, step });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (ranges.length === 0)
    return { ok: false, errors: { ranges: 'Sweep at least one parameter.' } };
  return { ok: true, ranges, params };
}

/** The values each parameter takes in the results, ascending. */
export function parameterValues(
  results: readonly SweepCombination[],
  names: readonly string[],
): Record<string, number[]> {
  const values: Record<string, number[]> = {};
  for (const name of names) {
    const seen = new Set<number>();
    for (const result of results) {
      const value = result.params[name];
      if (value !== undefined) seen.add(value);
    }
    values[name] = [...seen].sort((a, b) => a - b);
  }
  return values;
}

/** The first two parameters that take more than one value (x, then y). */
export function defaultAxes(values: Record<string, number[]>, names: readonly string[]) {
  const varied = names.filter((name) => (values[name]?.length ?? 0) > 1);
  return { x: varied[0], y: varied[1] };
}

export interface HeatmapCell {
  x: number;
  y: number | undefined;
  /** Undefined when the combination was refused, its figure is undefined, or it is absent. */
  value: number | undefined;
  combination: SweepCombination | undefined;
}

export interface HeatmapMatrix {
  xValues: number[];
  /** Empty when there is no y parameter: one row. */
  yValues: number[];
  /** Rows top to bottom (y descending, as a chart reads), cells left to right (x ascending). */
  rows: HeatmapCell[][];
  min: number | undefined;
  max: number | undefined;
}

/**
 * The metric over x and y, the other parameters held at `fixed`. Combinations outside the slice
 * are skipped; a grid point no combination fills is a cell without a combination.
 */
export function heatmapMatrix(
  results: readonly SweepCombination[],
  metric: Metric,
  x: string,
  y: string | undefined,
  fixed: Record<string, number>,
): HeatmapMatrix {
  const inSlice = results.filter((result) =>
    Object.entries(fixed).every(
      ([name, value]) => name === x || name === y || result.params[name] === value,
    ),
  );
  const values = parameterValues(inSlice, y ? [x, y] : [x]);
  const xValues = values[x] ?? [];
  const yValues = y ? [...(values[y] ?? [])].reverse() : [];
  const byKey = new Map<string, SweepCombination>();
  for (const result of inSlice) {
    byKey.set(`${result.params[x]}|${y ? result.params[y] : ''}`, result);
  }
  let min: number | undefined;
  let max: number | undefined;
  const row = (yValue: number | undefined) =>
    xValues.map((xValue) => {
      const combination = byKey.get(`${xValue}|${yValue ?? ''}`);
      const value = combination ? metricValue(combination, metric) : undefined;
      if (value !== undefined) {
        min = min === undefined ? value : Math.min(min, value);
        max = max === undefined ? value : Math.max(max, value);
      }
      return { x: xValue, y: yValue, value, combination };
    });
  const rows = y ? yValues.map((yValue) => row(yValue)) : [row(undefined)];
  return { xValues, yValues, rows, min, max };
}

function mix(from: readonly number[], to: readonly number[], t: number): string {
  const channel = (index: number) =>
    Math.round((from[index] ?? 0) + ((to[index] ?? 0) - (from[index] ?? 0)) * t);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

const NEUTRAL = [245, 245, 245];
const LOSS = [198, 40, 40];
const GAIN = [46, 125, 50];
const LOW = [232, 240, 254];
const HIGH = [21, 67, 160];

/**
 * The colour of a value: diverging metrics go from red (loss) through light grey (0) to green
 * (gain), scaled by the larger side so that 0 stays neutral; others go from light to dark blue
 * between min and max, reversed when smaller is better (drawdown).
 */
export function cellColour(
  value: number | undefined,
  metric: Metric,
  min: number | undefined,
  max: number | undefined,
): string | undefined {
  if (value === undefined || min === undefined || max === undefined) return undefined;
  if (metric.diverging) {
    const span = Math.max(Math.abs(min), Math.abs(max));
    if (span === 0) return mix(NEUTRAL, NEUTRAL, 0);
    const t = Math.min(1, Math.abs(value) / span);
    return mix(NEUTRAL, value < 0 ? LOSS : GAIN, t);
  }
  let t = max === min ? 1 : (value - min) / (max - min);
  if (!metric.higherIsBetter) t = 1 - t;
  return mix(LOW, HIGH, t);
}

/** The best `count` combinations by the metric (refused and undefined ones left out). */
export function topCombinations(
  results: readonly SweepCombination[],
  metric: Metric,
  count: number,
): SweepCombination[] {
  const sign = metric.higherIsBetter ? -1 : 1;
  return results
    .filter((result) => metricValue(result, metric) !== undefined)
    .sort((a, b) => sign * ((metricValue(a, metric) ?? 0) - (metricValue(b, metric) ?? 0)))
    .slice(0, count);
}

/** True when two combinations have the same parameter values. */
export function sameParams(a: SweepCombination | undefined, b: SweepCombination | undefined) {
  if (!a || !b) return false;
  const names = Object.keys(a.params);
  return (
    names.length === Object.keys(b.params).length &&
    names.every((name) => a.params[name] === b.params[name])
  );
}

/** `period 12 · low 25` */
export function describeParams(params: Record<string, number>): string {
  return Object.entries(params)
    .map(
      ([name, value]) => `${name} ${value.toLocaleString('en-US', { maximumFractionDigits: 12 })}`,
    )
    .join(' · ');
}

/** Every figure of a combination, for the cell's title. */
export function cellTitle(combination: SweepCombination | undefined): string {
  if (!combination) return 'No combination';
  const figures = METRICS.map(
    (metric) => `${metric.label} ${metric.format(metricValue(combination, metric))}`,
  );
  return [
    describeParams(combination.params),
    ...(combination.refusal ? [`Refused: ${combination.refusal}`] : figures),
  ].join('\n');
}
