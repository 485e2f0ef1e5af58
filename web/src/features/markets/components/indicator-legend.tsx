import { toProblem } from '@/lib/api/problem';

import type { IndicatorValues } from '../api/types';
import type { ActiveIndicator } from '../lib/active-indicators';
import { lastValue } from '../lib/indicator-series';

import './indicator-legend.css';

export interface LegendEntry {
  indicator: ActiveIndicator;
  color: string;
  outputColors: Readonly<Record<string, string>>;
  data: IndicatorValues | undefined;
  error: unknown;
  isPending: boolean;
}

interface IndicatorLegendProps {
  entries: readonly LegendEntry[];
  /** Decimal places of the price, for overlays. */
  pricePrecision: number;
  onRemove: (key: string) => void;
}

const formats = new Map<number, Intl.NumberFormat>();

function formatValue(value: number, digits: number): string {
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(digits, format);
  }
  return format.format(value);
}

/** Indicator values at a scale that reads: the price's digits over the price, two in panels. */
function indicatorDigits(overlay: boolean, pricePrecision: number): number {
  return overlay ? pricePrecision : 2;
}

/**
 * The indicators on the chart with their latest values (the canvas alone says nothing to a screen
 * reader), each with a Remove button; a failed one shows the server's reason in its place.
 */
export function IndicatorLegend({ entries, pricePrecision, onRemove }: IndicatorLegendProps) {
  if (entries.length === 0) return null;
  return (
    <ul className="indicator-legend" aria-label="Indicators on the chart, latest values">
      {entries.map(({ indicator, color, outputColors, data, error, isPending }) => {
        const digits = indicatorDigits(indicator.overlay, pricePrecision);
        return (
          <li
            key={indicator.key}
            className="indicator-legend-item"
            data-testid="indicator-legend-item"
            data-indicator={indicator.name}
          >
            <span className="indicator-swatch" style={{ background: color }} aria-hidden="true" />
            <span className="indicator-legend-label">{indicator.label}</span>
            <span className="muted indicator-legend-place">
              {indicator.overlay ? 'on price' : 'panel'}
            </span>
            {isPending ? (
              <span className="muted">loading…</span>
            ) : error ? (
              <span className="indicator-legend-error" role="alert">
                {toProblem(error).detail ?? toProblem(error).title}
              </span>
            ) : data ? (
              indicator.outputs.map((output) => {
                const value = lastValue(data, output);
                return (
                  <span
                    key={output}
                    className="indicator-legend-value"
                    data-output={output}
                    data-value={value ?? ''}
                    style={{ color: outputColors[output] }}
                  >
                    {indicator.outputs.length > 1 && (
                      <span className="muted indicator-legend-output">{output} </span>
                    )}
                    {value === undefined ? '—' : formatValue(value, digits)}
                  </span>
                );
              })
            ) : null}
            <button
              type="button"
              className="indicator-legend-remove"
              aria-label={`Remove ${indicator.label}`}
              title={`Remove ${indicator.label}`}
              onClick={() => onRemove(indicator.key)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
