import { CandlestickSeries, createChart, createSeriesMarkers } from 'lightweight-charts';
import { useEffect, useMemo, useRef } from 'react';

import { CHART_COLORS, chartOptions } from '@/lib/chart-theme';

import type { BacktestFill, Bar } from '../api/types';
import { candleData, fillMarkers } from '../lib/chart-data';
import { isIntraday } from '../lib/intervals';

import './backtest-charts.css';

interface TradeChartProps {
  bars: readonly Bar[];
  fills: readonly BacktestFill[];
  interval: string;
  timeZone: string;
  precision: number;
  description: string;
}

/**
 * The instrument's candles over the backtest's range with an arrow per fill: buys below the bar,
 * sells above. The container carries data-bar-count and data-marker-count once drawn.
 */
export function TradeChart({
  bars,
  fills,
  interval,
  timeZone,
  precision,
  description,
}: TradeChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { candles, times } = useMemo(
    () => candleData(bars, interval, timeZone),
    [bars, interval, timeZone],
  );
  const markers = useMemo(
    () =>
      fillMarkers(fills, times, interval, timeZone, {
        buy: CHART_COLORS.up,
        sell: CHART_COLORS.down,
      }),
    [fills, times, interval, timeZone],
  );

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = createChart(container, {
      ...chartOptions(container),
      ...(isIntraday(interval)
        ? { timeScale: { timeVisible: true, borderColor: '#1f2a37', minBarSpacing: 0.01 } }
        : {}),
    });
    const series = chart.addSeries(CandlestickSeries, {
      upColor: CHART_COLORS.up,
      downColor: CHART_COLORS.down,
      wickUpColor: CHART_COLORS.up,
      wickDownColor: CHART_COLORS.down,
      borderVisible: false,
      priceFormat: { type: 'price', precision, minMove: 1 / 10 ** precision },
    });
    series.setData(candles);
    const plugin = createSeriesMarkers(series, markers);
    // Show the whole run. The chart learns its width only after layout (autoSize), so fit again
    // whenever the width changes; fitting once at creation would fit a zero-width chart.
    const fit = () => chart.timeScale().fitContent();
    fit();
    chart.timeScale().subscribeSizeChange(fit);
    container.dataset.barCount = String(series.data().length);
    container.dataset.markerCount = String(plugin.markers().length);
    return () => {
      delete container.dataset.barCount;
      delete container.dataset.markerCount;
      chart.timeScale().unsubscribeSizeChange(fit);
      chart.remove();
    };
  }, [candles, markers, interval, precision]);

  return (
    <div
      ref={containerRef}
      className="backtest-chart trade-chart"
      data-testid="trade-chart"
      role="img"
      aria-label={description}
    />
  );
}
