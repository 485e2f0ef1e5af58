import { ColorType, CrosshairMode, type DeepPartial, type ChartOptions } from 'lightweight-charts';

// Canvas cannot read CSS variables; these mirror the tokens in app/global.css.
export const CHART_COLORS = {
  up: '#26a69a',
  down: '#ef5350',
  strategy: '#4aa3ff',
  buyAndHold: '#8b98a8',
  drawdown: '#ef5350',
  drawdownFill: 'rgba(239, 83, 80, 0.25)',
} as const;

/** The dark chart look shared by the equity and price charts of a backtest. */
export function chartOptions(container: HTMLElement): DeepPartial<ChartOptions> {
  return {
    autoSize: true,
    layout: {
      background: { type: ColorType.Solid, color: '#0b0f14' },
      textColor: '#8b98a8',
      fontFamily: getComputedStyle(container).fontFamily,
      // TradingView asks for this credit; keep it on.
      attributionLogo: true,
    },
    grid: { vertLines: { color: '#151d27' }, horzLines: { color: '#151d27' } },
    crosshair: { mode: CrosshairMode.Normal },
    rightPriceScale: { borderColor: '#1f2a37' },
    // A backtest spans thousands of bars; let the whole run fit the width.
    timeScale: { borderColor: '#1f2a37', minBarSpacing: 0.01 },
  };
}
