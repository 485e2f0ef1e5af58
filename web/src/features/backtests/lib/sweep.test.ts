import { describe, expect, it } from 'vitest';

import type { SweepCombination } from '../api/types';
import { rsiThreshold } from '../testing/fixtures';

import {
  buildRanges,
  capWarnings,
  cellColour,
  cellTitle,
  combinationCount,
  defaultAxes,
  defaultChoice,
  defaultChoices,
  heatmapMatrix,
  metricOf,
  parameterValues,
  rangeSize,
  topCombinations,
  type ParamChoice,
} from './sweep';

const sweep = (from: string, to: string, step: string): ParamChoice => ({
  mode: 'sweep',
  value: '',
  from,
  to,
  step,
});
const fixed = (value: string): ParamChoice => ({
  mode: 'fixed',
  value,
  from: '',
  to: '',
  step: '',
});

describe('rangeSize and combinationCount', () => {
  it('counts both ends of a range, decimal steps included', () => {
    expect(rangeSize(10, 20, 2)).toBe(6);
    expect(rangeSize(20, 30, 5)).toBe(3);
    expect(rangeSize(0.1, 0.3, 0.1)).toBe(3);
    expect(rangeSize(5, 5, 1)).toBe(1);
    expect(rangeSize(10, 19, 2)).toBe(5);
  });

  it('has no size for a step of 0 or less, or to before from', () => {
    expect(rangeSize(10, 20, 0)).toBeUndefined();
    expect(rangeSize(10, 20, -1)).toBeUndefined();
    expect(rangeSize(20, 10, 1)).toBeUndefined();
  });

  it('multiplies the range sizes; a fixed value counts once', () => {
    expect(combinationCount([sweep('10', '20', '2'), sweep('20', '30', '5'), fixed('70')])).toBe(
      18,
    );
    expect(combinationCount([fixed('1'), fixed('2')])).toBe(1);
    expect(combinationCount([sweep('1', '1000', '1'), sweep('1', '2000', '1')])).toBe(2_000_000);
    expect(combinationCount([sweep('10', '20', '0'), fixed('1')])).toBeUndefined();
    expect(combinationCount([fixed('abc')])).toBeUndefined();
  });
});

describe('defaultChoice', () => {
  it('starts fixed at the default with a span around it inside min and max', () => {
    const [period, low] = rsiThreshold.params;
    expect(defaultChoice(period!)).toEqual({
      mode: 'fixed',
      value: '14',
      from: '8',
      to: '20',
      step: '3',
    });
    expect(defaultChoice({ ...low!, defaultValue: 2, min: 0, max: 3 })).toMatchObject({
      from: '1.2',
      to: '2.8',
      step: '0.4',
    });
    expect(defaultChoice({ ...period!, defaultValue: 3, min: 2, max: 4 })).toMatchObject({
      from: '2',
      to: '4',
      step: '1',
    });
  });
});

describe('buildRanges', () => {
  it('sends swept parameters as ranges and the others as fixed params', () => {
    const choices = {
      ...defaultChoices(rsiThreshold),
      period: sweep('10', '20', '2'),
      low: sweep('20', '30', '5'),
    };
    expect(buildRanges(rsiThreshold, choices)).toEqual({
      ok: true,
      ranges: [
        { name: 'period', from: 10, to: 20, step: 2 },
        { name: 'low', from: 20, to: 30, step: 5 },
      ],
      params: { high: 70, size: 100 },
    });
  });

  it('sends a step of 0 (the server words the problem) but not text that is no number', () => {
    const zero = buildRanges(rsiThreshold, {
      ...defaultChoices(rsiThreshold),
      period: sweep('10', '20', '0'),
    });
    expect(zero.ok && zero.ranges).toEqual([{ name: 'period', from: 10, to: 20, step: 0 }]);
    expect(
      buildRanges(rsiThreshold, { ...defaultChoices(rsiThreshold), low: sweep('', '20', '1') }),
    ).toEqual({ ok: false, errors: { low: 'Enter numbers for from, to and step.' } });
    expect(buildRanges(rsiThreshold, defaultChoices(rsiThreshold))).toEqual({
      ok: false,
      errors: { ranges: 'Sweep at least one parameter.' },
    });
  });
});

const combo = (
  period: number,
  low: number,
  high: number,
  figures: Partial<SweepCombination>,
): SweepCombination => ({ params: { period, low, high }, ...figures });

const results: SweepCombination[] = [
  combo(10, 20, 70, { totalReturn: 0.5, sharpe: 1.2 }),
  combo(10, 30, 70, { totalReturn: -0.2, sharpe: -0.3 }),
  combo(12, 20, 70, { refusal: 'low must be below high' }),
  combo(12, 30, 70, { totalReturn: 0.1 }),
  combo(10, 20, 80, { totalReturn: 0.9, sharpe: 2 }),
];

describe('heatmapMatrix', () => {
  it('lays the metric over x and y, y descending, other parameters held', () => {
    const matrix = heatmapMatrix(results, metricOf('TOTAL_RETURN'), 'period', 'low', { high: 70 });
    expect(matrix.xValues).toEqual([10, 12]);
    expect(matrix.yValues).toEqual([30, 20]);
    expect(matrix.rows.map((row) => row.map((cell) => cell.value))).toEqual([
      [-0.2, 0.1],
      [0.5, undefined],
    ]);
    expect(matrix.rows[1]?.[1]?.combination?.refusal).toBe('low must be below high');
    expect([matrix.min, matrix.max]).toEqual([-0.2, 0.5]);
  });

  it('leaves a cell empty where a figure is undefined or no combination exists', () => {
    const sharpe = heatmapMatrix(results, metricOf('SHARPE'), 'period', 'low', { high: 80 });
    expect(sharpe.xValues).toEqual([10]);
    expect(sharpe.rows.map((row) => row.map((cell) => cell.value))).toEqual([[2]]);
    const partial = heatmapMatrix(results.slice(0, 2), metricOf('SHARPE'), 'period', 'low', {});
    expect(partial.rows.map((row) => row.map((cell) => cell.value))).toEqual([[-0.3], [1.2]]);
    const gap = heatmapMatrix(
      [results[0]!, results[3]!],
      metricOf('TOTAL_RETURN'),
      'period',
      'low',
      {},
    );
    expect(gap.rows.map((row) => row.map((cell) => cell.combination === undefined))).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('is one row when only one parameter varies', () => {
    const matrix = heatmapMatrix(results, metricOf('TOTAL_RETURN'), 'period', undefined, {
      low: 20,
      high: 70,
    });
    expect(matrix.yValues).toEqual([]);
    expect(matrix.rows.map((row) => row.map((cell) => cell.value))).toEqual([[0.5, undefined]]);
  });
});

describe('parameterValues and defaultAxes', () => {
  it('picks the first two parameters with more than one value', () => {
    const values = parameterValues(results, ['high', 'period', 'low']);
    expect(values).toEqual({ high: [70, 80], period: [10, 12], low: [20, 30] });
    expect(defaultAxes(values, ['high', 'period', 'low'])).toEqual({ x: 'high', y: 'period' });
    expect(defaultAxes({ a: [1], b: [1, 2] }, ['a', 'b'])).toEqual({ x: 'b', y: undefined });
  });
});

describe('cellColour', () => {
  it('diverges around 0 for returns, neutral at 0, full at the larger side', () => {
    const metric = metricOf('TOTAL_RETURN');
    expect(cellColour(0, metric, -0.2, 0.5)).toBe('rgb(245, 245, 245)');
    expect(cellColour(0.5, metric, -0.2, 0.5)).toBe('rgb(46, 125, 50)');
    expect(cellColour(-0.5, metric, -0.5, 0.1)).toBe('rgb(198, 40, 40)');
    expect(cellColour(-0.25, metric, -0.5, 0.1)).toBe('rgb(222, 143, 143)');
    expect(cellColour(undefined, metric, -0.5, 0.1)).toBeUndefined();
  });

  it('is sequential for other figures, reversed where smaller is better', () => {
    expect(cellColour(1, metricOf('SHARPE'), 1, 3)).toBe('rgb(232, 240, 254)');
    expect(cellColour(3, metricOf('SHARPE'), 1, 3)).toBe('rgb(21, 67, 160)');
    expect(cellColour(0.1, metricOf('MAX_DRAWDOWN'), 0.1, 0.4)).toBe('rgb(21, 67, 160)');
  });
});

describe('topCombinations and cellTitle', () => {
  it('ranks by the metric, leaving refused and undefined ones out', () => {
    const top = topCombinations(results, metricOf('TOTAL_RETURN'), 3);
    expect(top.map((item) => item.totalReturn)).toEqual([0.9, 0.5, 0.1]);
    const drawdowns = [combo(1, 1, 1, { maxDrawdown: 0.3 }), combo(2, 1, 1, { maxDrawdown: 0.1 })];
    expect(topCombinations(drawdowns, metricOf('MAX_DRAWDOWN'), 1)[0]?.params.period).toBe(2);
  });

  it('names every figure of a cell, or the refusal', () => {
    expect(cellTitle(results[0])).toBe(
      'period 10 · low 20 · high 70\nSharpe 1.20\nSortino —\nTotal return +50.00%\nCAGR —\nMax drawdown —\nProfit factor —\nTrades —',
    );
    expect(cellTitle(results[2])).toBe(
      'period 12 · low 20 · high 70\nRefused: low must be below high',
    );
    expect(cellTitle(undefined)).toBe('No combination');
  });
});

describe('capWarnings', () => {
  it('names each server cap a sweep passes, and none below them', () => {
    expect(capWarnings(18, 5241)).toEqual([]);
    expect(capWarnings(undefined, 5241)).toEqual([]);
    expect(capWarnings(1_000_000, undefined)).toEqual([]);
    expect(capWarnings(1_000_001, undefined)).toEqual([
      'More than 1,000,000 combinations: the server will refuse this sweep.',
    ]);
    expect(capWarnings(20_000, 5_241)).toEqual([
      'Up to 104,820,000 combination-bars (20,000 × 5,241 bars in the series): above 100,000,000 the server refuses it, counting only the bars between your dates.',
    ]);
    expect(capWarnings(2_000_000, 100)).toHaveLength(2);
  });
});
