import { describe, expect, it } from 'vitest';

import type { CurvePoint } from '../api/types';

import { curveLines, formatConfidence } from './shadow-curve';

function point(at: string, calls: number, buyAndHold: number): CurvePoint {
  return { at, calls, buyAndHold, callId: at, symbol: 'BTC-USD' };
}

describe('curveLines', () => {
  it('gives both lines in UTC seconds, oldest first', () => {
    const lines = curveLines([
      point('2026-04-08T00:00:00Z', 6.25, -6.25),
      point('2026-05-04T00:00:00Z', 4, -1.5),
    ]);
    expect(lines.calls).toEqual([
      { time: 1775606400, value: 6.25 },
      { time: 1777852800, value: 4 },
    ]);
    expect(lines.buyAndHold.map((item) => item.value)).toEqual([-6.25, -1.5]);
  });

  it('keeps the last of the calls that closed at the same instant, and drops a step back', () => {
    const lines = curveLines([
      point('2026-04-08T00:00:00Z', 6.25, -6.25),
      point('2026-04-08T00:00:00Z', 10, -2),
      point('2026-04-01T00:00:00Z', 99, 99),
      point('not a time', 1, 1),
    ]);
    expect(lines.calls).toEqual([{ time: 1775606400, value: 10 }]);
    expect(lines.buyAndHold).toEqual([{ time: 1775606400, value: -2 }]);
  });

  it('is empty without points', () => {
    expect(curveLines([])).toEqual({ calls: [], buyAndHold: [] });
  });
});

describe('formatConfidence', () => {
  it('shows a stated confidence as a whole percent', () => {
    expect(formatConfidence(0.6)).toBe('60%');
    expect(formatConfidence(0.655)).toBe('66%');
    expect(formatConfidence(undefined)).toBe('—');
  });
});
