import { describe, expect, it } from 'vitest';

import { fearGreedBand, gaugeAngle, gaugeArc, polar } from './fear-greed';

describe('gaugeAngle', () => {
  it('points left at 0, up at 50 and right at 100', () => {
    expect(gaugeAngle(0)).toBe(180);
    expect(gaugeAngle(25)).toBe(135);
    expect(gaugeAngle(50)).toBe(90);
    expect(gaugeAngle(100)).toBe(0);
  });

  it('stops at the ends for readings outside 0–100', () => {
    expect(gaugeAngle(-5)).toBe(180);
    expect(gaugeAngle(140)).toBe(0);
    expect(gaugeAngle(Number.NaN)).toBe(180);
  });
});

describe('fearGreedBand', () => {
  it('classifies readings as alternative.me does', () => {
    expect(fearGreedBand(0).label).toBe('Extreme Fear');
    expect(fearGreedBand(24).label).toBe('Extreme Fear');
    expect(fearGreedBand(25).label).toBe('Fear');
    expect(fearGreedBand(45).label).toBe('Fear');
    expect(fearGreedBand(46).label).toBe('Neutral');
    expect(fearGreedBand(54).label).toBe('Neutral');
    expect(fearGreedBand(55).label).toBe('Greed');
    expect(fearGreedBand(75).label).toBe('Greed');
    expect(fearGreedBand(76).label).toBe('Extreme Greed');
    expect(fearGreedBand(100).label).toBe('Extreme Greed');
  });
});

describe('polar and gaugeArc', () => {
  const center = { x: 100, y: 100 };

  it('places points with y growing downwards', () => {
    expect(polar(center, 50, 180)).toEqual({ x: 50, y: 100 });
    expect(polar(center, 50, 90)).toEqual({ x: 100, y: 50 });
    expect(polar(center, 50, 0)).toEqual({ x: 150, y: 100 });
  });

  it('draws a band over the top from its lower to its upper value', () => {
    expect(gaugeArc(center, 50, 0, 50)).toBe('M50 100 A50 50 0 0 1 100 50');
    expect(gaugeArc(center, 50, 50, 100)).toBe('M100 50 A50 50 0 0 1 150 100');
  });
});
