import type { Bar, FearGreed, IndicatorCatalogue, Instrument, Movers } from '../api/types';

export const samsung: Instrument = {
  symbol: '005930',
  name: 'Samsung Electronics',
  localName: '삼성전자',
  assetClass: 'KR_STOCK',
  venue: 'KRX',
  currency: 'KRW',
  timezone: 'Asia/Seoul',
  tradingHours: '09:00-15:30',
  tickSizes: [
    { fromPrice: 0, tick: 1 },
    { fromPrice: 2000, tick: 5 },
    { fromPrice: 5000, tick: 10 },
  ],
  lotSize: 1,
  aliases: ['005930.KS'],
  series: [
    {
      interval: '1d',
      firstBar: '1985-01-04T00:00:00Z',
      lastBar: '2018-02-14T00:00:00Z',
      bars: 8826,
      source: 'RLTrader (quantylab/rltrader), KRX daily prices, MIT',
    },
  ],
  last: {
    time: '2018-02-14T00:00:00Z',
    close: 2385000,
    previousClose: 2370000,
    change: 15000,
    changePercent: 0.63,
  },
};

export const spy: Instrument = {
  symbol: 'SPY',
  name: 'SPDR S&P 500 ETF Trust',
  assetClass: 'US_STOCK',
  venue: 'NYSE Arca',
  currency: 'USD',
  timezone: 'America/New_York',
  tradingHours: '09:30-16:00',
  tickSizes: [{ fromPrice: 0, tick: 0.01 }],
  lotSize: 1,
  aliases: [],
  series: [
    {
      interval: '1d',
      firstBar: '1999-11-01T14:30:00Z',
      lastBar: '2020-08-28T13:30:00Z',
      bars: 5241,
      source: 'Example source',
    },
  ],
  last: {
    time: '2020-08-28T13:30:00Z',
    close: 350.58,
    previousClose: 348.33,
    change: -2.25,
    changePercent: -0.65,
  },
};

export const bitcoin: Instrument = {
  ...spy,
  symbol: 'BTC-USD',
  name: 'Bitcoin',
  assetClass: 'CRYPTO_SPOT',
  venue: 'Coinbase',
  timezone: 'UTC',
  aliases: ['BTCUSD'],
  minNotional: 1,
  series: [
    {
      interval: '1d',
      firstBar: '2018-01-01T00:00:00Z',
      lastBar: '2020-04-19T00:00:00Z',
      bars: 840,
      source: 'Example daily source',
    },
    {
      interval: '1h',
      firstBar: '2018-01-01T00:00:00Z',
      lastBar: '2020-04-19T23:00:00Z',
      bars: 20111,
      source: 'Example hourly source',
    },
  ],
};

export function dailyBars(times: readonly string[]): Bar[] {
  return times.map((time, index) => ({
    time,
    open: 100 + index,
    high: 102 + index,
    low: 99 + index,
    close: index % 2 === 0 ? 101 + index : 99.5 + index,
    volume: 1000 * (index + 1),
  }));
}

export const krMovers: Movers = {
  market: 'KR',
  gainers: [
    {
      symbol: '000660',
      name: 'SK hynix',
      price: 77100,
      change: 1900,
      changePercent: 2.526595745,
      volume: 3612540,
      time: '2018-02-14T00:00:00Z',
    },
    {
      symbol: '005930',
      name: 'Samsung Electronics',
      price: 2385000,
      change: 15000,
      changePercent: 0.632911392,
      volume: 312000,
      time: '2018-02-14T00:00:00Z',
    },
  ],
  losers: [
    {
      symbol: '035420',
      name: 'NAVER',
      price: 870000,
      change: -13000,
      changePercent: -1.472253681,
      volume: 61000,
      time: '2018-02-13T00:00:00Z',
    },
  ],
  mostActive: [
    {
      symbol: '000660',
      name: 'SK hynix',
      price: 77100,
      change: 1900,
      changePercent: 2.526595745,
      volume: 3612540,
      time: '2018-02-14T00:00:00Z',
    },
  ],
  trending: [],
  stale: false,
  asOf: '2026-12-04T09:00:00Z',
};

export const fearGreedIndex: FearGreed = {
  source: 'alternative-me',
  current: { time: '2025-03-02T00:00:00Z', value: 40, classification: 'Fear' },
  history: [
    { time: '2025-03-02T00:00:00Z', value: 40, classification: 'Fear' },
    { time: '2025-03-01T00:00:00Z', value: 30, classification: 'Fear' },
    { time: '2025-02-28T00:00:00Z', value: 20, classification: 'Extreme Fear' },
  ],
  stale: false,
  asOf: '2025-03-02T09:00:00Z',
};

export const indicatorCatalogue: IndicatorCatalogue = {
  items: [
    {
      name: 'ema',
      description: 'Exponential moving average, seeded with the mean of the first period closes.',
      overlay: true,
      input: ['close'],
      outputs: ['ema'],
      params: [
        {
          name: 'period',
          type: 'INTEGER',
          defaultValue: 20,
          min: 1,
          max: 500,
          description: 'Window length in bars',
        },
      ],
    },
    {
      name: 'bollinger',
      description:
        'Bollinger Bands: a simple moving average with bands stdDev standard deviations.',
      overlay: true,
      input: ['close'],
      outputs: ['middle', 'upper', 'lower'],
      params: [
        {
          name: 'period',
          type: 'INTEGER',
          defaultValue: 20,
          min: 2,
          max: 500,
          description: 'Window length in bars',
        },
        {
          name: 'stdDev',
          type: 'DECIMAL',
          defaultValue: 2,
          min: 0.1,
          max: 10,
          description: 'Band width in standard deviations',
        },
      ],
    },
    {
      name: 'rsi',
      description: "Relative Strength Index with Wilder's smoothing, 0 to 100.",
      overlay: false,
      input: ['close'],
      outputs: ['rsi'],
      params: [
        {
          name: 'period',
          type: 'INTEGER',
          defaultValue: 14,
          min: 2,
          max: 500,
          description: 'Period in bars',
        },
      ],
    },
    {
      name: 'macd',
      description: 'Moving Average Convergence/Divergence.',
      overlay: false,
      input: ['close'],
      outputs: ['macd', 'signal', 'histogram'],
      params: [
        {
          name: 'fast',
          type: 'INTEGER',
          defaultValue: 12,
          min: 1,
          max: 499,
          description: 'Fast EMA period, below slow',
        },
        {
          name: 'slow',
          type: 'INTEGER',
          defaultValue: 26,
          min: 2,
          max: 500,
          description: 'Slow EMA period, above fast',
        },
        {
          name: 'signal',
          type: 'INTEGER',
          defaultValue: 9,
          min: 1,
          max: 500,
          description: 'Signal EMA period',
        },
      ],
    },
  ],
};
