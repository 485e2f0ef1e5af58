import { createChart, LineSeries, type IChartApi, type ISeriesApi } from 'lightweight-charts';
import { useEffect, useMemo, useRef } from 'react';

import { CHART_COLORS, chartOptions } from '@/lib/chart-theme';

import type { EquityPoint } from '../api/types';
import { equityLine } from '../lib/chart-data';

import './trading.css';

interface BotEquityChartProps {
  points: readonly EquityPoint[];
  /** Decimal places of the currency. */
  precision: number;
  description: string;
}

/**
 * The bot's equity at each replayed bar. The chart is made once and fed new points as the bot
 * runs; the container carries data-point-count and data-last-value for browser tests.
 */
export function BotEquityChart({ points, precision, description }: BotEquityChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<{ chart: IChartApi; series: ISeriesApi<'Line'> } | null>(null);
  const line = useMemo(() => equityLine(points), [points]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = createChart(container, {
      ...chartOptions(container),
      timeScale: { timeVisible: true, borderColor: '#1f2a37', minBarSpacing: 0.01 },
    });
    const series = chart.addSeries(LineSeries, {
      color: CHART_COLORS.strategy,
      lineWidth: 2,
      priceFormat: { type: 'price', precision, minMove: 1 / 10 ** precision },
    });
    const fit = () => chart.timeScale().fitContent();
    chart.timeScale().subscribeSizeChange(fit);
    chartRef.current = { chart, series };
    return () => {
      chartRef.current = null;
      chart.timeScale().unsubscribeSizeChange(fit);
      chart.remove();
    };
  }, [precision]);

  useEffect(() => {
    const container = containerRef.current;
    const drawn = chartRef.current;
    if (!container || !drawn) return;
    drawn.series.setData(line);
    drawn.chart.timeScale().fitContent();
    container.dataset.pointCount = String(line.length);
    container.dataset.lastValue = String(line.at(-1)?.value ?? '');
  }, [line, precision]);

  return (
    <div
      ref={containerRef}
      className="trading-chart"
      data-testid="bot-equity-chart"
      role="img"
      aria-label={description}
    />
  );
}
