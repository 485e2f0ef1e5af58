import {
  CandlestickSeries,
  ColorType,
  CrosshairMode,
  HistogramSeries,
  TickMarkType,
  createChart,
  type IChartApi,
  type ISeriesApi,
  type Time,
} from 'lightweight-charts';
import { useEffect, useMemo, useRef } from 'react';

import type { Bar } from '../api/types';
import { toChartData, type ChartColors } from '../lib/chart-data';
import { isIntraday } from '../lib/intervals';
import { logicalRangeFor, type RangeKey } from '../lib/ranges';

import './price-chart.css';

// Canvas cannot read CSS variables; these mirror --up/--down etc. in app/global.css.
const COLORS: ChartColors = {
  up: '#26a69a',
  down: '#ef5350',
  upVolume: 'rgba(38, 166, 154, 0.5)',
  downVolume: 'rgba(239, 83, 80, 0.5)',
};

interface PriceChartProps {
  bars: readonly Bar[];
  interval: string;
  timeZone: string;
  /** Decimal places and smallest price step of the price axis (from the tick size). */
  precision: number;
  minMove: number;
  /** The range to show; null leaves the view where the user panned or zoomed it. */
  range: RangeKey | null;
  /** Called when the user pans or zooms, so the range buttons can stop claiming a range. */
  onManualRange?: () => void;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  description: string;
}

interface ChartHandles {
  chart: IChartApi;
  candles: ISeriesApi<'Candlestick'>;
  volumes: ISeriesApi<'Histogram'>;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function formatInZone(seconds: number, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = partFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...options });
    partFormats.set(key, format);
  }
  return format.format(new Date(seconds * 1000));
}

/** Intraday axis labels and crosshair times in the instrument's zone rather than UTC. */
function intradayTimeOptions(timeZone: string) {
  return {
    localization: {
      timeFormatter: (time: Time) =>
        typeof time === 'number'
          ? formatInZone(time, timeZone, {
              year: 'numeric',
              month: 'short',
              day: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
            })
          : '',
    },
    timeScale: {
      timeVisible: true,
      tickMarkFormatter: (time: Time, type: TickMarkType) => {
        if (typeof time !== 'number') return null;
        switch (type) {
          case TickMarkType.Year:
            return formatInZone(time, timeZone, { year: 'numeric' });
          case TickMarkType.Month:
            return formatInZone(time, timeZone, { month: 'short' });
          case TickMarkType.DayOfMonth:
            return formatInZone(time, timeZone, { day: 'numeric' });
          default:
            return formatInZone(time, timeZone, { hour: '2-digit', minute: '2-digit' });
        }
      },
    },
  };
}

/**
 * Candlesticks with a volume histogram on its own scale in the bottom fifth. After each setData
 * the container carries data-bar-count, the number of candles the series holds, for browser tests.
 */
export function PriceChart({
  bars,
  interval,
  timeZone,
  precision,
  minMove,
  range,
  onManualRange,
  description,
}: PriceChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handlesRef = useRef<ChartHandles | null>(null);
  const onManualRangeRef = useRef(onManualRange);
  const intraday = isIntraday(interval);

  const data = useMemo(
    () => toChartData(bars, interval, timeZone, COLORS),
    [bars, interval, timeZone],
  );

  useEffect(() => {
    onManualRangeRef.current = onManualRange;
  }, [onManualRange]);

  // A new chart per time axis kind (dates vs instants); autoSize follows the container with a
  // ResizeObserver. The effects below run after this one, so data and range are re-applied.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = createChart(container, {
      autoSize: true,
      layout: {
        background: { type: ColorType.Solid, color: '#0b0f14' },
        textColor: '#8b98a8',
        fontFamily: getComputedStyle(container).fontFamily,
        // TradingView asks for this credit; keep it on.
        attributionLogo: true,
      },
      grid: {
        vertLines: { color: '#151d27' },
        horzLines: { color: '#151d27' },
      },
      crosshair: { mode: CrosshairMode.Normal },
      rightPriceScale: { borderColor: '#1f2a37' },
      timeScale: { borderColor: '#1f2a37' },
    });
    if (intraday) chart.applyOptions(intradayTimeOptions(timeZone));
    const candles = chart.addSeries(CandlestickSeries, {
      upColor: COLORS.up,
      downColor: COLORS.down,
      wickUpColor: COLORS.up,
      wickDownColor: COLORS.down,
      borderVisible: false,
    });
    candles.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.25 } });
    const volumes = chart.addSeries(HistogramSeries, {
      priceFormat: { type: 'volume' },
      // An empty id makes an overlay scale of its own, so volume never squeezes the prices.
      priceScaleId: '',
      lastValueVisible: false,
      priceLineVisible: false,
    });
    volumes.priceScale().applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    handlesRef.current = { chart, candles, volumes };

    // Panning and zooming are pointer or wheel gestures on the canvas.
    const onWheel = () => onManualRangeRef.current?.();
    const onPointerMove = (event: PointerEvent) => {
      if (event.buttons !== 0) onManualRangeRef.current?.();
    };
    container.addEventListener('wheel', onWheel, { passive: true });
    container.addEventListener('pointermove', onPointerMove);
    return () => {
      container.removeEventListener('wheel', onWheel);
      container.removeEventListener('pointermove', onPointerMove);
      handlesRef.current = null;
      chart.remove();
    };
  }, [intraday, timeZone]);

  useEffect(() => {
    const handles = handlesRef.current;
    const container = containerRef.current;
    if (!handles || !container) return;
    handles.candles.applyOptions({ priceFormat: { type: 'price', precision, minMove } });
    handles.candles.setData(data.candles);
    handles.volumes.setData(data.volumes);
    container.dataset.barCount = String(handles.candles.data().length);
  }, [data, precision, minMove]);

  useEffect(() => {
    const handles = handlesRef.current;
    if (!handles || range === null || data.dates.length === 0) return;
    const logical = logicalRangeFor(range, data.dates);
    if (logical) handles.chart.timeScale().setVisibleLogicalRange(logical);
    else handles.chart.timeScale().fitContent();
  }, [range, data]);

  return (
    <div
      ref={containerRef}
      className="price-chart"
      data-testid="price-chart"
      data-interval={interval}
      role="img"
      aria-label={description}
    />
  );
}
