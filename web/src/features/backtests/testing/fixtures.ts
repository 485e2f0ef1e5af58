import type { Backtest, BacktestSummary, Instrument, Strategy } from '../api/types';

/** The server's catalogue as GET /api/v1/strategies answers it. */
export const rsiThreshold: Strategy = {
  id: 'rsi-threshold',
  description: 'Buys when RSI falls below low, closes when it rises above high; long only.',
  params: [
    {
      name: 'period',
      type: 'INTEGER',
      defaultValue: 14,
      min: 2,
      max: 500,
      description: 'RSI period in bars',
    },
    {
      name: 'low',
      type: 'DECIMAL',
      defaultValue: 30,
      min: 0,
      max: 100,
      description: 'buy when flat and RSI is below this',
    },
    {
      name: 'high',
      type: 'DECIMAL',
      defaultValue: 70,
      min: 0,
      max: 100,
      description: 'close when long and RSI is above this',
    },
    {
      name: 'size',
      type: 'DECIMAL',
      defaultValue: 100,
      min: 0.00000001,
      max: 1000000000,
      description: 'quantity to buy',
    },
  ],
};

export const smaCross: Strategy = {
  id: 'sma-cross',
  description:
    'Buys when the fast SMA crosses above the slow SMA, closes when it crosses below; long only.',
  params: [
    {
      name: 'fast',
      type: 'INTEGER',
      defaultValue: 10,
      min: 1,
      max: 1000,
      description: 'fast SMA period in bars',
    },
    {
      name: 'slow',
      type: 'INTEGER',
      defaultValue: 30,
      min: 2,
      max: 5000,
      description: 'slow SMA period in bars',
    },
    {
      name: 'size',
      type: 'DECIMAL',
      defaultValue: 100,
      min: 0.00000001,
      max: 1000000000,
      description: 'quantity to buy',
    },
  ],
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
};

export const bitcoin: Instrument = {
  ...spy,
  symbol: 'BTC-USD',
  name: 'Bitcoin',
  assetClass: 'CRYPTO_SPOT',
  venue: 'Coinbase',
  timezone: 'UTC',
  tickSizes: [{ fromPrice: 0, tick: 0.01 }],
  series: [
    {
      interval: '1h',
      firstBar: '2018-01-01T00:00:00Z',
      lastBar: '2020-04-19T23:00:00Z',
      bars: 20111,
      source: 'Example hourly source',
    },
    {
      interval: '1d',
      firstBar: '2018-01-01T00:00:00Z',
      lastBar: '2020-04-19T00:00:00Z',
      bars: 840,
      source: 'Example daily source',
    },
  ],
};

const figures = {
  totalReturn: 0.0421,
  cagr: 0.0137,
  volatility: 0.0512,
  sharpe: 0.27,
  sortino: 0.35,
  maxDrawdown: 0.0833,
  maxDrawdownDays: 412,
  calmar: 0.16,
  exposure: 0.31,
  tradeCount: 2,
  winRate: 0.5,
  profitFactor: 1.8,
  averageWin: 2500.25,
  averageLoss: -1389,
};

/** The Monte Carlo ./sage backtest --strategy hyper-rsi --symbol SPY reported. */
export const spyMonteCarlo: NonNullable<Backtest['monteCarlo']> = {
  status: 'DONE',
  detail: '1,000 bootstrap runs of 16 closed trades (seed 1)',
  runs: 1000,
  resampling: 'BOOTSTRAP',
  seed: 1,
  trades: 16,
  minTrades: 5,
  historicalMaxDrawdown: 0.0163,
  maxDrawdown: { p5: 0.0019, p25: 0.0071, p50: 0.0125, p75: 0.0183, p95: 0.0272, worst: 0.0515 },
  historicalFinalEquity: 104880.84,
  finalEquity: {
    p5: 100211.8,
    p25: 102750.1,
    p50: 104830.25,
    p75: 106990.4,
    p95: 109375.59,
    worst: 96179.32,
  },
  drawdownMultiple: 1.5,
  probabilityOfDrawdownBeyond: 0.109,
};

/** A small SPY backtest over four daily bars with one round trip and an open buy. */
export const spyBacktest: Backtest = {
  id: '3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c',
  strategy: 'rsi-threshold',
  params: { period: 14, low: 30, high: 70, size: 100 },
  symbol: 'SPY',
  interval: '1d',
  currency: 'USD',
  firstBar: '2020-08-24T13:30:00Z',
  lastBar: '2020-08-27T13:30:00Z',
  bars: 4,
  cash: 100000,
  commission: 0.001,
  finalEquity: 104210,
  performance: figures,
  monteCarlo: spyMonteCarlo,
  buyAndHold: {
    totalReturn: 0.0815,
    cagr: 0.0262,
    volatility: 0.1934,
    maxDrawdown: 0.5519,
    maxDrawdownDays: 1847,
    exposure: 1,
    tradeCount: 0,
  },
  fills: [
    { time: '2020-08-25T13:30:00Z', side: 'BUY', quantity: 100, price: 342.5, fee: 34.25 },
    { time: '2020-08-26T13:30:00Z', side: 'SELL', quantity: 100, price: 346.1, fee: 34.61 },
  ],
  trades: [
    {
      direction: 'LONG',
      openTime: '2020-08-25T13:30:00Z',
      closeTime: '2020-08-26T13:30:00Z',
      pnl: 290.54,
    },
  ],
  curve: [
    { time: '2020-08-24T13:30:00Z', equity: 100000, buyAndHold: 100000, drawdown: 0 },
    { time: '2020-08-25T13:30:00Z', equity: 99965.75, buyAndHold: 100300, drawdown: 0.0003425 },
    { time: '2020-08-26T13:30:00Z', equity: 100290.54, buyAndHold: 101200, drawdown: 0 },
    { time: '2020-08-27T13:30:00Z', equity: 104210, buyAndHold: 108150, drawdown: 0 },
  ],
  rejections: [],
  createdAt: '2026-11-23T12:00:00Z',
  tookMillis: 12,
};

export function summaryOf(backtest: Backtest): BacktestSummary {
  return {
    id: backtest.id,
    strategy: backtest.strategy,
    symbol: backtest.symbol,
    interval: backtest.interval,
    firstBar: backtest.firstBar,
    lastBar: backtest.lastBar,
    bars: backtest.bars,
    cash: backtest.cash,
    finalEquity: backtest.finalEquity,
    totalReturn: backtest.performance.totalReturn,
    tradeCount: backtest.performance.tradeCount,
    createdAt: backtest.createdAt,
  };
}
