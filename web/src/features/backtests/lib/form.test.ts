import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api/problem';

import { bitcoin, rsiThreshold, smaCross, spy } from '../testing/fixtures';

import {
  buildRequest,
  checkForm,
  checkParam,
  coverageRange,
  defaultInterval,
  initialValues,
  paramDefaults,
  parseNumber,
  percentToFraction,
  serverFieldErrors,
} from './form';

const period = rsiThreshold.params[0]!;
const low = rsiThreshold.params[1]!;

describe('paramDefaults and initialValues', () => {
  it('fills every parameter with its schema default', () => {
    expect(paramDefaults(rsiThreshold)).toEqual({
      period: '14',
      low: '30',
      high: '70',
      size: '100',
    });
    expect(paramDefaults(smaCross)).toEqual({ fast: '10', slow: '30', size: '100' });
    expect(paramDefaults(undefined)).toEqual({});
  });

  it('starts on the daily series over its whole coverage, in the instrument zone', () => {
    expect(initialValues(spy, rsiThreshold)).toEqual({
      symbol: 'SPY',
      interval: '1d',
      from: '1999-11-01',
      to: '2020-08-28',
      strategy: 'rsi-threshold',
      params: { period: '14', low: '30', high: '70', size: '100' },
      cash: '100000',
      commissionPercent: '0.1',
      monteCarloRuns: '1000',
      monteCarloResampling: 'BOOTSTRAP',
    });
  });

  it('prefers daily bars even when another series is listed first', () => {
    expect(defaultInterval(bitcoin)).toBe('1d');
    expect(defaultInterval({ ...bitcoin, series: [bitcoin.series[0]!] })).toBe('1h');
    expect(coverageRange(bitcoin, '1h')).toEqual({ from: '2018-01-01', to: '2020-04-19' });
    expect(coverageRange(bitcoin, '1w')).toEqual({ from: '', to: '' });
  });
});

describe('checkParam', () => {
  it('accepts values inside the schema range, bounds included', () => {
    expect(checkParam(period, '2')).toBeUndefined();
    expect(checkParam(period, '500')).toBeUndefined();
    expect(checkParam(low, '12.5')).toBeUndefined();
  });

  it('names the range the server enforces', () => {
    expect(checkParam(period, '1')).toBe('Must be from 2 to 500.');
    expect(checkParam(low, '100.01')).toBe('Must be from 0 to 100.');
  });

  it('wants whole numbers for integer parameters and a number at all', () => {
    expect(checkParam(period, '14.5')).toBe('Must be a whole number.');
    expect(checkParam(period, '')).toBe('Enter a number.');
    expect(checkParam(low, 'abc')).toBe('Enter a number.');
  });
});

describe('parseNumber and percentToFraction', () => {
  it('reads typed numbers with separators and rejects the rest', () => {
    expect(parseNumber(' 100,000 ')).toBe(100000);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('ten')).toBeUndefined();
  });

  it('turns percent into the fraction the API takes, without binary noise', () => {
    expect(percentToFraction(0.1)).toBe(0.001);
    expect(percentToFraction(0.3)).toBe(0.003);
    expect(percentToFraction(10)).toBe(0.1);
    expect(percentToFraction(0)).toBe(0);
  });
});

describe('checkForm', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(checkForm(initialValues(spy, rsiThreshold), rsiThreshold)).toEqual({});
  });

  it('reports each bad field under its own key', () => {
    const values = {
      ...initialValues(spy, rsiThreshold),
      from: '2020-01-02',
      to: '2020-01-01',
      params: { period: '1', low: '30', high: '', size: '100' },
      cash: '0',
      commissionPercent: '11',
      monteCarloRuns: '50',
    };
    expect(checkForm(values, rsiThreshold)).toEqual({
      'monteCarlo.runs': 'Must be 0 (none) or a whole number from 100 to 10,000.',
      from: 'Must not be after To.',
      'params.period': 'Must be from 2 to 500.',
      'params.high': 'Enter a number.',
      cash: 'Must be more than 0 and at most 1 trillion.',
      commission: 'Must be from 0 to 10 %.',
    });
  });

  it('asks for a strategy and an instrument when none is chosen', () => {
    const values = { ...initialValues(undefined, undefined) };
    expect(checkForm(values, undefined)).toMatchObject({
      symbol: 'Choose an instrument.',
      interval: 'Choose an interval.',
      strategy: 'Choose a strategy.',
    });
  });
});

describe('buildRequest', () => {
  it('sends numbers, dates and the commission as a fraction', () => {
    const values = {
      ...initialValues(spy, rsiThreshold),
      from: '2010-01-04',
      to: '2019-12-31',
      params: { period: '21', low: '25.5', high: '75', size: '10' },
      cash: '50,000',
      commissionPercent: '0.05',
    };
    expect(buildRequest(values, rsiThreshold)).toEqual({
      ok: true,
      request: {
        strategy: 'rsi-threshold',
        symbol: 'SPY',
        interval: '1d',
        from: '2010-01-04',
        to: '2019-12-31',
        params: { period: 21, low: 25.5, high: 75, size: 10 },
        cash: 50000,
        commission: 0.0005,
      },
    });
  });

  it('sends the Monte Carlo only when it differs from the server default', () => {
    const plain = buildRequest(initialValues(spy, rsiThreshold), rsiThreshold);
    expect(plain.ok && plain.request).not.toHaveProperty('monteCarlo');
    const off = buildRequest(
      { ...initialValues(spy, rsiThreshold), monteCarloRuns: '0' },
      rsiThreshold,
    );
    expect(off.ok && off.request.monteCarlo).toEqual({ runs: 0, resampling: 'BOOTSTRAP' });
    const shuffled = buildRequest(
      {
        ...initialValues(spy, rsiThreshold),
        monteCarloRuns: '5,000',
        monteCarloResampling: 'SHUFFLE',
      },
      rsiThreshold,
    );
    expect(shuffled.ok && shuffled.request.monteCarlo).toEqual({
      runs: 5000,
      resampling: 'SHUFFLE',
    });
    expect(
      checkForm({ ...initialValues(spy, rsiThreshold), monteCarloRuns: '0' }, rsiThreshold),
    ).toEqual({});
    expect(
      checkForm({ ...initialValues(spy, rsiThreshold), monteCarloRuns: '150.5' }, rsiThreshold),
    ).toEqual({ 'monteCarlo.runs': 'Must be 0 (none) or a whole number from 100 to 10,000.' });
  });

  it('leaves empty dates out so the server takes the whole series', () => {
    const built = buildRequest({ ...initialValues(spy, smaCross), from: '', to: '' }, smaCross);
    expect(built.ok && built.request).not.toHaveProperty('from');
    expect(built.ok && built.request).not.toHaveProperty('to');
  });

  it('sends out-of-range values, so the server has the last word', () => {
    const values = { ...initialValues(spy, rsiThreshold) };
    values.params = { ...values.params, period: '1' };
    const built = buildRequest(values, rsiThreshold);
    expect(built.ok && built.request.params).toEqual({ period: 1, low: 30, high: 70, size: 100 });
  });

  it('refuses to write a request with text that is not a number', () => {
    const values = { ...initialValues(spy, rsiThreshold), cash: '' };
    values.params = { ...values.params, size: 'lots' };
    expect(buildRequest(values, rsiThreshold)).toEqual({
      ok: false,
      errors: { 'params.size': 'Enter a number.', cash: 'Enter a number.' },
    });
  });
});

describe('serverFieldErrors', () => {
  it('keys the server field errors the way the form keys its fields', () => {
    const error = new ApiError({
      title: 'Bad Request',
      status: 400,
      code: 'invalid-request',
      errors: [
        { field: 'cash', message: 'must be more than 0' },
        { field: 'params.period', message: 'too short' },
        { field: 'params[low]', message: 'too low' },
        { field: 'somethingElse', message: 'ignored here' },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({
      cash: 'must be more than 0',
      'params.period': 'too short',
      'params.low': 'too low',
    });
  });

  it('gives nothing for errors that name no field', () => {
    expect(serverFieldErrors(new Error('offline'))).toEqual({});
  });
});
