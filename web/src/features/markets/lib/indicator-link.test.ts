import { describe, expect, it } from 'vitest';

import { indicatorCatalogue } from '../testing/fixtures';

import { activeIndicator } from './active-indicators';
import { indicatorLinkValue, indicatorsFromLink } from './indicator-link';

const catalogue = indicatorCatalogue.items;
const bollinger = catalogue.find((item) => item.name === 'bollinger')!;

describe('indicator links', () => {
  it('write each indicator with its parameters', () => {
    expect(indicatorLinkValue(activeIndicator(bollinger, { period: 20, stdDev: 2.5 }))).toBe(
      'bollinger:period=20,stdDev=2.5',
    );
  });

  it('read back what they wrote, with defaults for missing parameters', () => {
    const read = indicatorsFromLink(['bollinger:period=20,stdDev=2.5', 'rsi'], catalogue);
    expect(read.map((item) => item.label)).toEqual(['Bollinger(20, 2.5)', 'RSI(14)']);
    expect(read[1]?.params).toEqual({ period: 14 });
    expect(read[0]?.overlay).toBe(true);
  });

  it('leave out unknown names, out-of-range values and repeats', () => {
    const read = indicatorsFromLink(
      ['nope', 'rsi:period=1', 'rsi:period=14', 'rsi:period=14,unknown=3', 'ema:period=x'],
      catalogue,
    );
    expect(read.map((item) => item.key)).toEqual(['rsi:period=14']);
  });
});
