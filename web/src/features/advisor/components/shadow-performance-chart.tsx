import { createChart, LineSeries, type IChartApi, type ISeriesApi } from 'lightweight-charts';
import { useEffect, useMemo, useRef } from 'react';

import { CHART_COLORS, chartOptions } from '@/lib/chart-theme';

import type { CurvePoint } from '../api/types';
import { curveLines } from '../lib/shadow-curve';

import './shadow-portfolio.css';

interface ShadowPerformanceChartProps {
  points: readonly CurvePoint[];
  description: string;
}

interface Drawn {
  chart: IChartApi;
  calls: ISeriesApi<'Line'>;
  buyAndHold: ISeriesApi<'Line'>;
}

const PERCENT_FORMAT = { type: 'percent', precision: 2, minMove: 0.01 } as const;

/**
 * The closed calls' summed returns beside buy-and-hold of the same assets and days, in percent.
 * The container carries data-point-count and data-last-value for browser tests.
 */
export function ShadowPerformanceChart({ points, description }: ShadowPerformanceChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const drawnRef = useRef<Drawn | null>(null);
  const lines = useMemo(() => curveLines(points), [points]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = createChart(container, chartOptions(container));
    const buyAndHold = chart.addSeries(LineSeries, {
      color: CHART_COLORS.buyAndHold,
      lineWidth: 1,
      priceFormat: PERCENT_FORMAT,
    });
    const calls = chart.addSeries(LineSeries, {
      color: CHART_COLORS.strategy,
      lineWidth: 2,
      priceFormat: PERCENT_FORMAT,
    });
    const fit = () => chart.timeScale().fitContent();
    chart.timeScale().subscribeSizeChange(fit);
    drawnRef.current = { chart, calls, buyAndHold };
    return () => {
      drawnRef.current = null;
      chart.timeScale().unsubscribeSizeChange(fit);
      chart.remove();
    };
  }, []);

  useEffect(() => {
    const container = containerRef.current;
    const drawn = drawnRef.current;
    if (!container || !drawn) return;
    drawn.calls.setData(lines.calls);
    drawn.buyAndHold.setData(lines.buyAndHold);
    drawn.chart.timeScale().fitContent();
    container.dataset.pointCount = String(lines.calls.length);
    container.dataset.lastValue = String(lines.calls.at(-1)?.value ?? '');
  }, [lines]);

  return (
    <div
      ref={containerRef}
      className="shadow-chart"
      data-testid="shadow-performance-chart"
      role="img"
      aria-label={description}
    />
  );
}
