import { describe, expect, it } from 'vitest';

import { describeChange, sparklineShape, windowChangePercent } from './sparkline';

const box = { width: 100, height: 20, padding: 2 };

describe('sparklineShape', () => {
  it('spreads points evenly left to right with the high at the top and the low at the bottom', () => {
    // Inner box: x 2..98, y 2..18; three points 48 apart.
    expect(sparklineShape([10, 30, 20], box)).toEqual({
      path: 'M2 18 L50 2 L98 10',
      last: { x: 98, y: 10 },
    });
  });

  it('draws a flat series through the middle', () => {
    expect(sparklineShape([5, 5, 5, 5], box)?.path).toBe('M2 10 L34 10 L66 10 L98 10');
  });

  it('skips values that are not finite and needs two points', () => {
    expect(sparklineShape([1, Number.NaN, 3], box)?.path).toBe('M2 18 L98 2');
    expect(sparklineShape([1], box)).toBeUndefined();
    expect(sparklineShape([], box)).toBeUndefined();
  });

  it('rounds coordinates to hundredths', () => {
    expect(sparklineShape([0, 1, 2, 3, 4, 5, 6], box)?.path).toBe(
      'M2 18 L18 15.33 L34 12.67 L50 10 L66 7.33 L82 4.67 L98 2',
    );
  });
});

describe('windowChangePercent', () => {
  it('is the change from the first to the last value in percent', () => {
    expect(windowChangePercent([100, 90, 102.3])).toBeCloseTo(2.3, 10);
    expect(windowChangePercent([200, 150])).toBe(-25);
  });

  it('is unknown for one value or a zero start', () => {
    expect(windowChangePercent([5])).toBeUndefined();
    expect(windowChangePercent([0, 5])).toBeUndefined();
  });
});

describe('describeChange', () => {
  it('says the direction and one decimal', () => {
    expect(describeChange(2.34)).toBe('up 2.3%');
    expect(describeChange(-0.45)).toBe('down 0.5%');
    expect(describeChange(0.02)).toBe('unchanged');
    expect(describeChange(undefined)).toBe('change unknown');
  });
});
