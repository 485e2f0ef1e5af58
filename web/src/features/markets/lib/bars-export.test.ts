import { describe, expect, it } from 'vitest';

import { barsCsvUrl } from './bars-export';

describe('barsCsvUrl', () => {
  it('asks the bars endpoint for CSV of the interval and the days in view', () => {
    expect(
      barsCsvUrl({ symbol: 'SPY', interval: '1d', from: '2019-08-30', to: '2020-08-28' }),
    ).toBe('/api/v1/instruments/SPY/bars?interval=1d&from=2019-08-30&to=2020-08-28&format=csv');
  });

  it('exports all history without a range, and escapes the symbol', () => {
    expect(barsCsvUrl({ symbol: 'BRK/B', interval: '1h' })).toBe(
      '/api/v1/instruments/BRK%2FB/bars?interval=1h&format=csv',
    );
  });
});
