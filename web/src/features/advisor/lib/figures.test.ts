import { describe, expect, it } from 'vitest';

import { formatFactValue, sourceHref } from './figures';

describe('formatFactValue', () => {
  it('writes each unit as the answer does', () => {
    expect(formatFactValue(64321.87, 'MONEY', 'USD')).toBe('64,321.87 USD');
    expect(formatFactValue(95000000, 'MONEY', 'KRW')).toBe('95,000,000 KRW');
    expect(formatFactValue(0.00001234, 'MONEY', 'USDT')).toBe('0.00001234 USDT');
    expect(formatFactValue(12.5, 'MONEY')).toBe('12.50');
    expect(formatFactValue(12.5, 'PERCENT')).toBe('12.50%');
    expect(formatFactValue(-0.5, 'PERCENT')).toBe('-0.50%');
    expect(formatFactValue(40, 'INDEX')).toBe('40');
    expect(formatFactValue(62.345, 'INDEX')).toBe('62.35');
    expect(formatFactValue(312, 'DAYS')).toBe('312');
    expect(formatFactValue(1.5, 'NUMBER')).toBe('1.5');
    expect(formatFactValue(Number.NaN, 'NUMBER')).toBe('—');
  });
});

describe('sourceHref', () => {
  it('links Sage’s own API paths only', () => {
    expect(sourceHref('/api/v1/instruments/BTC-USD/quote')).toBe(
      '/api/v1/instruments/BTC-USD/quote',
    );
    expect(sourceHref('/api/v1/market/fear-greed?days=30')).toBe(
      '/api/v1/market/fear-greed?days=30',
    );
    for (const source of [
      'alternative.me',
      'javascript:alert(1)',
      'https://example.com/api/v1/x',
      '//example.com/api/v1/x',
      '/api/v1/x y',
      '/other',
    ]) {
      expect(sourceHref(source)).toBeUndefined();
    }
  });
});
