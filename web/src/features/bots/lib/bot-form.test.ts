import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api/problem';

import { binance, grid, practice, rsiThreshold } from '../testing/fixtures';

import {
  botAccounts,
  buildBotRequest,
  initialBotValues,
  LIVE_PACE,
  serverBotErrors,
} from './bot-form';
import { BOTS_MESSAGES } from './messages';

const t = BOTS_MESSAGES.en;

describe('initialBotValues', () => {
  it('starts on the first account and strategy with its defaults, BTC-USD hourly', () => {
    const values = initialBotValues([practice], [grid, rsiThreshold]);
    expect(values).toMatchObject({
      accountId: practice.id,
      strategy: 'grid',
      params: { lower: '0', upper: '0', levels: '10', quantityPerLevel: '1' },
      symbol: 'BTC-USD',
      interval: '1h',
      capital: '10000',
      commissionPercent: '0.1',
      replayFrom: '',
    });
  });

  it('takes a backtest from the URL: strategy, params, market, cash and commission', () => {
    const search = new URLSearchParams({
      strategy: 'rsi-threshold',
      'p.period': '21',
      'p.unknown': '5',
      symbol: 'SPY',
      interval: '1d',
      capital: '100000',
      commission: '0.0025',
      replayFrom: '2020-01-02T00:00:00Z',
    });
    const values = initialBotValues([practice], [grid, rsiThreshold], search);
    expect(values).toMatchObject({
      name: 'rsi-threshold SPY',
      strategy: 'rsi-threshold',
      params: { period: '21' },
      symbol: 'SPY',
      interval: '1d',
      capital: '100000',
      commissionPercent: '0.25',
      replayFrom: '2020-01-02T00:00',
    });
  });
});

describe('buildBotRequest', () => {
  const filled = () => ({
    ...initialBotValues([practice], [grid]),
    name: 'BTC grid',
    params: { lower: '7000', upper: '10000', levels: '10', quantityPerLevel: '0.01' },
    replayFrom: '2019-10-17T00:00',
  });

  it('sends numbers, the commission as a fraction, the replay start in UTC and no empty limits', () => {
    const built = buildBotRequest(filled(), grid, t);
    expect(built).toEqual({
      ok: true,
      request: {
        name: 'BTC grid',
        accountId: practice.id,
        strategy: 'grid',
        params: { lower: 7000, upper: 10000, levels: 10, quantityPerLevel: 0.01 },
        symbol: 'BTC-USD',
        interval: '1h',
        barsPerSecond: 50,
        capital: 10000,
        commission: 0.001,
        replayFrom: '2019-10-17T00:00:00Z',
      },
    });
  });

  it('sends the limits given, the drawdown as a fraction', () => {
    const values = filled();
    values.limits = {
      ...values.limits,
      maxOrderNotional: '5,000',
      maxDrawdown: '25',
      maxOpenOrders: '12',
    };
    const built = buildBotRequest(values, grid, t);
    expect(built.ok && built.request.limits).toEqual({
      maxOrderNotional: 5000,
      maxDrawdown: 0.25,
      maxOpenOrders: 12,
    });
  });

  it('names each field to fix, by the keys the server uses', () => {
    const values = filled();
    values.name = ' ';
    values.params = { ...values.params, levels: '2.5', quantityPerLevel: '' };
    values.capital = '-1';
    values.barsPerSecond = '5000';
    values.limits = { ...values.limits, maxOpenOrders: 'many' };
    expect(buildBotRequest(values, grid, t)).toEqual({
      ok: false,
      errors: {
        name: 'Required.',
        'params.levels': 'Must be a whole number from 2 to 200.',
        'params.quantityPerLevel': 'Required.',
        capital: 'Must be more than 0.',
        barsPerSecond: 'Must be a whole number from 1 to 1000.',
        'limits.maxOpenOrders': 'Must be a number.',
      },
    });
  });
});

describe('a live account', () => {
  it('comes after the paper accounts, so a new form starts on paper', () => {
    expect(botAccounts([binance, practice]).map((a) => a.id)).toEqual([practice.id, binance.id]);
    expect(initialBotValues(botAccounts([binance, practice]), [grid]).accountId).toBe(practice.id);
    expect(botAccounts([binance])).toEqual([binance]);
  });

  it('sends no replay start, the fixed pace and no simulated commission, whatever was typed', () => {
    const values = {
      ...initialBotValues([binance], [grid]),
      name: 'Live grid',
      symbol: ' BTC-USDT ',
      params: { lower: '90000', upper: '100000', levels: '10', quantityPerLevel: '0.001' },
      replayFrom: '2019-10-17T00:00',
      barsPerSecond: '5000',
      commissionPercent: 'lots',
      capital: '1000',
    };
    expect(buildBotRequest(values, grid, t, true)).toEqual({
      ok: true,
      request: {
        name: 'Live grid',
        accountId: binance.id,
        strategy: 'grid',
        params: { lower: 90000, upper: 100000, levels: 10, quantityPerLevel: 0.001 },
        symbol: 'BTC-USDT',
        interval: '1h',
        barsPerSecond: LIVE_PACE,
        capital: 1000,
        commission: 0,
      },
    });
    // The same values on paper are checked as typed.
    expect(buildBotRequest(values, grid, t)).toMatchObject({
      ok: false,
      errors: {
        barsPerSecond: 'Must be a whole number from 1 to 1000.',
        commission: 'Must be a number.',
      },
    });
  });
});

describe('serverBotErrors', () => {
  it('keys the problem’s field errors by field, joining several for one field', () => {
    const error = new ApiError({
      title: 'The request is invalid',
      status: 400,
      errors: [
        { field: 'capital', message: 'exceeds the available 7500 USD' },
        { field: 'capital', message: 'must be positive' },
        { field: 'params.upper', message: 'must be above lower' },
      ],
    });
    expect(serverBotErrors(error)).toEqual({
      capital: 'exceeds the available 7500 USD; must be positive',
      'params.upper': 'must be above lower',
    });
  });
});
