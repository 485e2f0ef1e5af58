import {
  CandlestickSeries,
  createChart,
  createSeriesMarkers,
  type IChartApi,
  type ISeriesApi,
  type ISeriesMarkersPluginApi,
  type Time,
} from 'lightweight-charts';
import { useEffect, useMemo, useRef } from 'react';

import { CHART_COLORS, chartOptions } from '@/lib/chart-theme';

import type { Bar, TradingFill } from '../api/types';
import { candles, fillMarkers } from '../lib/chart-data';

import './trading.css';

interface BotPriceChartProps {
  bars: readonly Bar[];
  fills: readonly TradingFill[];
  precision: number;
  description: string;
}

interface Drawn {
  chart: IChartApi;
  series: ISeriesApi<'Candlestick'>;
  markers: ISeriesMarkersPluginApi<Time>;
}

/**
 * The bars the bot replayed so far with an arrow per fill (buys below, sells above). The
 * container carries data-bar-count and data-marker-count once drawn.
 */
export function BotPriceChart({ bars, fills, precision, description }: BotPriceChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const drawnRef = useRef<Drawn | null>(null);
  const data = useMemo(() => candles(bars), [bars]);
  const markers = useMemo(
    () =>
      fillMarkers(
        fills,
        data.map((candle) => candle.time),
        { buy: CHART_COLORS.up, sell: CHART_COLORS.down },
      ),
    [fills, data],
  );

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = createChart(container, {
      ...chartOptions(container),
      timeScale: { timeVisible: true, borderColor: '#1f2a37', minBarSpacing: 0.01 },
    });
    const series = chart.addSeries(CandlestickSeries, {
      upColor: CHART_COLORS.up,
      downColor: CHART_COLORS.down,
      wickUpColor: CHART_COLORS.up,
      wickDownColor: CHART_COLORS.down,
      borderVisible: false,
      priceFormat: { type: 'price', precision, minMove: 1 / 10 ** precision },
    });
    const plugin = createSeriesMarkers(series, []);
    const fit = () => chart.timeScale().fitContent();
    chart.timeScale().subscribeSizeChange(fit);
    drawnRef.current = { chart, series, markers: plugin };
    return () => {
      drawnRef.current = null;
      chart.timeScale().unsubscribeSizeChange(fit);
      chart.remove();
    };
  }, [precision]);

  useEffect(() => {
    const container = containerRef.current;
    const drawn = drawnRef.current;
    if (!container || !drawn) return;
    drawn.series.setData(data);
    drawn.markers.setMarkers(markers);
    drawn.chart.timeScale().fitContent();
    container.dataset.barCount = String(data.length);
    container.dataset.markerCount = String(drawn.markers.markers().length);
  }, [data, markers, precision]);

  return (
    <div
      ref={containerRef}
      className="trading-chart"
      data-testid="bot-price-chart"
      role="img"
      aria-label={description}
    />
  );
}
