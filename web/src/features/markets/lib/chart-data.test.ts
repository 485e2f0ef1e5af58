import { describe, expect, it } from 'vitest';

import { dailyBars } from '../testing/fixtures';

import { localDate, toChartData, utcSeconds } from './chart-data';

const colors = { up: 'u', down: 'd', upVolume: 'uv', downVolume: 'dv' };

describe('localDate', () => {
  it('dates a bar in the instrument’s zone, not the viewer’s', () => {
    expect(localDate('2018-02-14T00:00:00Z', 'Asia/Seoul')).toBe('2018-02-14');
    expect(localDate('2018-02-13T15:00:00Z', 'Asia/Seoul')).toBe('2018-02-14');
    expect(localDate('1999-11-01T14:30:00Z', 'America/New_York')).toBe('1999-11-01');
    expect(localDate('2020-01-01T03:00:00Z', 'America/New_York')).toBe('2019-12-31');
  });
});

describe('toChartData', () => {
  it('uses business-day strings for daily bars', () => {
    const data = toChartData(
      dailyBars(['2018-02-13T00:00:00Z', '2018-02-14T00:00:00Z']),
      '1d',
      'Asia/Seoul',
      colors,
    );
    expect(data.candles.map((candle) => candle.time)).toEqual(['2018-02-13', '2018-02-14']);
    expect(data.candles[0]).toEqual({
      time: '2018-02-13',
      open: 100,
      high: 102,
      low: 99,
      close: 101,
    });
    expect(data.volumes.map((volume) => [volume.value, volume.color])).toEqual([
      [1000, 'uv'],
      [2000, 'dv'],
    ]);
  });

  it('uses UTC seconds for intraday bars', () => {
    const data = toChartData(
      dailyBars(['2018-01-01T00:00:00Z', '2018-01-01T01:00:00Z']),
      '1h',
      'UTC',
      colors,
    );
    expect(data.candles.map((candle) => candle.time)).toEqual([
      utcSeconds('2018-01-01T00:00:00Z'),
      1514768400,
    ]);
    expect(data.dates).toEqual(['2018-01-01', '2018-01-01']);
  });

  it('drops bars whose time does not move forward, which the chart would reject', () => {
    const data = toChartData(
      dailyBars(['2018-02-13T00:00:00Z', '2018-02-13T05:00:00Z', '2018-02-12T00:00:00Z']),
      '1d',
      'UTC',
      colors,
    );
    expect(data.candles.map((candle) => candle.time)).toEqual(['2018-02-13']);
  });
});
