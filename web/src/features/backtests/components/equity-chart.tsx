import { AreaSeries, createChart, LineSeries } from 'lightweight-charts';
import { useEffect, useMemo, useRef } from 'react';

import { CHART_COLORS, chartOptions } from '@/lib/chart-theme';

import type { CurvePoint } from '../api/types';
import { equityChartData } from '../lib/chart-data';
import { isIntraday } from '../lib/intervals';

import './backtest-charts.css';

interface EquityChartProps {
  curve: readonly CurvePoint[];
  interval: string;
  timeZone: string;
  /** Decimal places of the currency, for the equity axis. */
  precision: number;
  description: string;
}

/**
 * Strategy and buy-and-hold equity in the top pane, the strategy's drawdown (percent below its
 * peak) in a pane below on the same time axis. After drawing, the container carries
 * data-point-count (equity points held) and data-drawdown-count, for browser tests.
 */
export function EquityChart({
  curve,
  interval,
  timeZone,
  precision,
  description,
}: EquityChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const data = useMemo(
    () => equityChartData(curve, interval, timeZone),
    [curve, interval, timeZone],
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
    // Equity in the thousands reads better grouped: 258,611.34 rather than 258611.34.
    const grouped = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: precision,
      maximumFractionDigits: precision,
    });
    const priceFormat = {
      type: 'custom',
      formatter: (value: number) => grouped.format(value),
      minMove: 1 / 10 ** precision,
    } as const;
    const buyAndHold = chart.addSeries(LineSeries, {
      color: CHART_COLORS.buyAndHold,
      lineWidth: 1,
      title: 'Buy and hold',
      priceFormat,
    });
    const equity = chart.addSeries(LineSeries, {
      color: CHART_COLORS.strategy,
      lineWidth: 2,
      title: 'Strategy',
      priceFormat,
    });
    const drawdown = chart.addSeries(
      AreaSeries,
      {
        lineColor: CHART_COLORS.drawdown,
        topColor: CHART_COLORS.drawdownFill,
        bottomColor: CHART_COLORS.drawdownFill,
        lineWidth: 1,
        title: 'Drawdown %',
        priceFormat: { type: 'price', precision: 2, minMove: 0.01 },
        invertFilledArea: true,
      },
      1,
    );
    buyAndHold.setData(data.buyAndHold);
    equity.setData(data.equity);
    drawdown.setData(data.drawdown);
    chart.panes()[0]?.setStretchFactor(2);
    chart.panes()[1]?.setStretchFactor(1);
    // Show the whole run. The chart learns its width only after layout (autoSize), so fit again
    // whenever the width changes; fitting once at creation would fit a zero-width chart.
    const fit = () => chart.timeScale().fitContent();
    fit();
    chart.timeScale().subscribeSizeChange(fit);
    container.dataset.pointCount = String(equity.data().length);
    container.dataset.drawdownCount = String(drawdown.data().length);
    return () => {
      delete container.dataset.pointCount;
      delete container.dataset.drawdownCount;
      chart.timeScale().unsubscribeSizeChange(fit);
      chart.remove();
    };
  }, [data, interval, precision]);

  return (
    <div
      ref={containerRef}
      className="backtest-chart equity-chart"
      data-testid="equity-chart"
      role="img"
      aria-label={description}
    />
  );
}
