import {
  CandlestickSeries,
  ColorType,
  CrosshairMode,
  HistogramSeries,
  LineSeries,
  TickMarkType,
  createChart,
  type IChartApi,
  type ISeriesApi,
  type LogicalRange as ChartLogicalRange,
  type SeriesType,
  type Time,
} from 'lightweight-charts';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';

import type { Bar } from '../api/types';
import { toChartData, type ChartColors } from '../lib/chart-data';
import type { IndicatorPoint } from '../lib/indicator-series';
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

/** One output of an indicator as the chart draws it. */
export interface PlotSeries {
  output: string;
  style: 'line' | 'histogram';
  color: string;
  points: readonly IndicatorPoint[];
}

/** An indicator on the chart: over the candles (overlay) or in a pane of its own below. */
export interface IndicatorPlot {
  key: string;
  overlay: boolean;
  series: readonly PlotSeries[];
  /** Decimal places of its axis; overlays follow the price's. */
  precision?: number;
}

/** Calendar dates (in the instrument's zone) of the first and last bar in view. */
export interface VisibleDates {
  from: string;
  to: string;
}

/** Below the candles: volume, then each panel indicator, in the order they were added. */
const VOLUME_PANE = 1;
const FIRST_INDICATOR_PANE = 2;

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
  /** Indicators to draw; each panel indicator gets a pane under the volume. */
  plots?: readonly IndicatorPlot[];
  /** Told the dates in view after every pan, zoom or range change. */
  onVisibleDates?: (dates: VisibleDates | null) => void;
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

const NO_PLOTS: readonly IndicatorPlot[] = [];

function datesInView(range: ChartLogicalRange | null, dates: readonly string[]) {
  if (!range || dates.length === 0) return null;
  const first = Math.min(Math.max(0, Math.ceil(range.from)), dates.length - 1);
  const last = Math.max(Math.min(dates.length - 1, Math.floor(range.to)), first);
  const from = dates[first];
  const to = dates[last];
  return from && to ? { from, to } : null;
}

/**
 * Candlesticks with overlay indicators, a volume pane and a pane per panel indicator, all on one
 * time axis. After each setData the container carries data-bar-count (candles held),
 * data-pane-count and data-indicators (the plots drawn), for browser tests.
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
  plots = NO_PLOTS,
  onVisibleDates,
}: PriceChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handlesRef = useRef<ChartHandles | null>(null);
  const onManualRangeRef = useRef(onManualRange);
  const onVisibleDatesRef = useRef(onVisibleDates);
  const datesRef = useRef<readonly string[]>([]);
  const plotSeriesRef = useRef<ISeriesApi<SeriesType>[]>([]);
  const intraday = isIntraday(interval);
  const panels = plots.filter((plot) => !plot.overlay).length;

  const data = useMemo(
    () => toChartData(bars, interval, timeZone, COLORS),
    [bars, interval, timeZone],
  );

  useEffect(() => {
    onManualRangeRef.current = onManualRange;
    onVisibleDatesRef.current = onVisibleDates;
  }, [onManualRange, onVisibleDates]);

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
        panes: { separatorColor: '#1f2a37', separatorHoverColor: '#2c3a4b' },
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
    candles.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.05 } });
    const volumes = chart.addSeries(
      HistogramSeries,
      { priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false },
      VOLUME_PANE,
    );
    volumes.priceScale().applyOptions({ scaleMargins: { top: 0.1, bottom: 0 } });
    handlesRef.current = { chart, candles, volumes };
    plotSeriesRef.current = [];

    const onLogicalRange = (range: ChartLogicalRange | null) =>
      onVisibleDatesRef.current?.(datesInView(range, datesRef.current));
    chart.timeScale().subscribeVisibleLogicalRangeChange(onLogicalRange);

    // Panning and zooming are pointer or wheel gestures on the canvas.
    const onWheel = () => onManualRangeRef.current?.();
    const onPointerMove = (event: PointerEvent) => {
      if (event.buttons !== 0) onManualRangeRef.current?.();
    };
    container.addEventListener('wheel', onWheel, { passive: true });
    container.addEventListener('pointermove', onPointerMove);
    return () => {
      chart.timeScale().unsubscribeVisibleLogicalRangeChange(onLogicalRange);
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
    datesRef.current = data.dates;
    handles.candles.setData(data.candles);
    handles.volumes.setData(data.volumes);
    container.dataset.barCount = String(handles.candles.data().length);
  }, [data, precision, minMove]);

  // Indicators are redrawn whole when any changes: a handful of series, set in one go.
  useEffect(() => {
    const handles = handlesRef.current;
    const container = containerRef.current;
    if (!handles || !container) return;
    const { chart } = handles;
    for (const series of plotSeriesRef.current) chart.removeSeries(series);
    plotSeriesRef.current = [];
    let pane = FIRST_INDICATOR_PANE;
    for (const plot of plots) {
      const paneIndex = plot.overlay ? 0 : pane++;
      const priceFormat = plot.overlay
        ? { type: 'price' as const, precision, minMove }
        : {
            type: 'price' as const,
            precision: plot.precision ?? 2,
            minMove: 1 / 10 ** (plot.precision ?? 2),
          };
      for (const line of plot.series) {
        const common = { color: line.color, priceFormat, priceLineVisible: false, title: '' };
        const series =
          line.style === 'histogram'
            ? chart.addSeries(HistogramSeries, common, paneIndex)
            : chart.addSeries(
                LineSeries,
                { ...common, lineWidth: 2, crosshairMarkerVisible: false },
                paneIndex,
              );
        series.setData([...line.points]);
        plotSeriesRef.current.push(series);
      }
    }
    const panes = chart.panes();
    panes.forEach((item, index) => item.setStretchFactor(index === 0 ? 3 : 1));
    container.dataset.paneCount = String(panes.length);
    container.dataset.indicators = plots.map((plot) => plot.key).join(' ');
  }, [plots, precision, minMove, intraday, timeZone]);

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
      style={{ '--panel-count': panels } as CSSProperties}
      data-testid="price-chart"
      data-interval={interval}
      role="img"
      aria-label={description}
    />
  );
}
