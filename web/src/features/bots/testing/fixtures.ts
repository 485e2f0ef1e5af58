import type { Bot, Strategy, TradingAccount, TradingFill, TradingOrder } from '../api/types';

/** The grid strategy's schema as GET /api/v1/strategies answers it (trimmed to four params). */
export const grid: Strategy = {
  id: 'grid',
  description: 'Buys at grid prices below the market and sells one level higher.',
  params: [
    {
      name: 'lower',
      type: 'DECIMAL',
      defaultValue: 0,
      min: 0,
      max: 1e9,
      description: 'lowest grid price',
    },
    {
      name: 'upper',
      type: 'DECIMAL',
      defaultValue: 0,
      min: 0,
      max: 1e9,
      description: 'highest grid price',
    },
    {
      name: 'levels',
      type: 'INTEGER',
      defaultValue: 10,
      min: 2,
      max: 200,
      description: 'number of grid prices',
    },
    {
      name: 'quantityPerLevel',
      type: 'DECIMAL',
      defaultValue: 1,
      min: 0.00000001,
      max: 1e9,
      description: 'quantity per grid order',
    },
  ],
};

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
  ],
};

export const practice: TradingAccount = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Practice',
  venue: 'paper',
  balances: [{ currency: 'USD', deposited: 10000, total: 10000, committed: 2500, available: 7500 }],
  createdAt: '2026-12-01T09:00:00Z',
  live: false,
};

export const gridBot: Bot = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'BTC grid',
  accountId: practice.id,
  live: false,
  strategy: 'grid',
  params: { lower: 7000, upper: 10000, levels: 10, quantityPerLevel: 0.01 },
  symbol: 'BTC-USD',
  interval: '1h',
  currency: 'USD',
  state: 'RUNNING',
  barsPerSecond: 50,
  barsDone: 120,
  barsTotal: 20000,
  lastBarAt: '2019-10-22T00:00:00Z',
  lastPrice: 8200,
  capital: 10000,
  cash: 9180,
  positionQuantity: 0.1,
  averagePrice: 8100,
  realisedPnl: 12.5,
  unrealisedPnl: 10,
  fees: 1.25,
  equity: 10022.5,
  openOrders: 9,
  limits: { maxOrderNotional: 10000 },
  createdAt: '2026-12-01T09:05:00Z',
};

export const filledOrder: TradingOrder = {
  id: '33333333-3333-4333-8333-333333333333',
  accountId: practice.id,
  botId: gridBot.id,
  clientOrderId: 'c-1',
  createdAt: '2026-12-01T09:05:01Z',
  updatedAt: '2026-12-01T09:05:02Z',
  filledQuantity: 0.01,
  limitPrice: 8100,
  quantity: 0.01,
  reduceOnly: false,
  side: 'BUY',
  state: 'FILLED',
  symbol: 'BTC-USD',
  timeInForce: 'GTC',
  type: 'LIMIT',
  imported: false,
};

export const rejectedOrder: TradingOrder = {
  ...filledOrder,
  id: '44444444-4444-4444-8444-444444444444',
  clientOrderId: 'c-2',
  createdAt: '2026-12-01T09:05:03Z',
  filledQuantity: 0,
  quantity: 2,
  state: 'REJECTED',
  reason: 'max-order-notional: order notional 16200 exceeds the limit 10000',
};

export const buyFill: TradingFill = {
  id: '55555555-5555-4555-8555-555555555555',
  botId: gridBot.id,
  orderId: filledOrder.id,
  side: 'BUY',
  symbol: 'BTC-USD',
  price: 8100,
  quantity: 0.01,
  fee: 0.081,
  feeCurrency: 'USD',
  filledAt: '2019-10-18T05:00:00Z',
  venueTradeId: 't-1',
};

export const binance: TradingAccount = {
  id: '66666666-6666-4666-8666-666666666666',
  name: 'Main',
  venue: 'binance',
  live: true,
  keyHint: 'vmPU…h8A',
  balances: [
    { currency: 'BTC', total: 1.5, committed: 0.1, available: 1.4 },
    { currency: 'LTC', total: 20, committed: 0, available: 20 },
  ],
  balancesAsOf: '2026-12-01T09:30:00Z',
  createdAt: '2026-12-01T09:00:00Z',
};

export const submittedOrder: TradingOrder = {
  id: '77777777-7777-4777-8777-777777777777',
  accountId: binance.id,
  clientOrderId: 'm0123456789abcdef0123456789abcde',
  createdAt: '2026-12-01T09:31:00Z',
  updatedAt: '2026-12-01T09:31:01Z',
  filledQuantity: 0,
  limitPrice: 0.1,
  quantity: 1,
  reduceOnly: false,
  side: 'BUY',
  state: 'SUBMITTED',
  symbol: 'LTCBTC',
  timeInForce: 'GTC',
  type: 'LIMIT',
  venueOrderId: '1',
  imported: false,
};

/**
 * A grid bot on the live Binance account: it trades the bars that close after its start, so it
 * has no replay total (0) and counts the bars it decided on.
 */
export const liveBot: Bot = {
  ...gridBot,
  id: '88888888-8888-4888-8888-888888888888',
  name: 'Live grid',
  accountId: binance.id,
  live: true,
  symbol: 'BTC-USDT',
  currency: 'USDT',
  barsPerSecond: 1,
  barsDone: 12,
  barsTotal: 0,
  lastBarAt: '2026-12-01T21:00:00Z',
  lastPrice: 97000,
  capital: 1000,
  cash: 1000,
  positionQuantity: 0,
  averagePrice: undefined,
  realisedPnl: 0,
  unrealisedPnl: 0,
  fees: 0,
  equity: 1000,
  openOrders: 4,
  params: { lower: 90000, upper: 100000, levels: 10, quantityPerLevel: 0.001 },
  createdAt: '2026-12-01T10:00:00Z',
};
