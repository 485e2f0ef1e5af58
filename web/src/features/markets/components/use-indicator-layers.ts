import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';

import { indicatorValuesQueryOptions } from '../api/get-indicator-values';
import type { IndicatorValues } from '../api/types';
import { indicatorColor, outputColor, type ActiveIndicator } from '../lib/active-indicators';
import { indicatorPoints, outputStyle } from '../lib/indicator-series';

import type { LegendEntry } from './indicator-legend';
import type { IndicatorPlot } from './price-chart';

interface IndicatorResult {
  data: IndicatorValues | undefined;
  error: unknown;
  isPending: boolean;
}

// Module-level, so TanStack Query keeps the combined array while no query result changes.
function combineResults(results: UseQueryResult<IndicatorValues>[]): IndicatorResult[] {
  return results.map(({ data, error, isPending }) => ({ data, error, isPending }));
}

function legendEntries(
  indicators: readonly ActiveIndicator[],
  results: readonly IndicatorResult[],
): LegendEntry[] {
  return indicators.map((indicator, index) => {
    const color = indicatorColor(index);
    const result = results[index];
    return {
      indicator,
      color,
      outputColors: Object.fromEntries(
        indicator.outputs.map((output, outputIndex) => [
          output,
          outputColor(color, output, outputIndex),
        ]),
      ),
      data: result?.data,
      error: result?.error ?? null,
      isPending: result?.isPending ?? true,
    };
  });
}

function chartPlots(
  entries: readonly LegendEntry[],
  interval: string,
  timeZone: string,
): IndicatorPlot[] {
  return entries.flatMap(({ indicator, outputColors, data }) => {
    // The previous interval's values, shown while the new ones load, do not fit the new axis.
    if (!data || data.interval !== interval) return [];
    return [
      {
        key: indicator.name,
        overlay: indicator.overlay,
        series: indicator.outputs.map((output) => ({
          output,
          style: outputStyle(output),
          color: outputColors[output] ?? '#8b98a8',
          points: indicatorPoints(data, output, timeZone),
        })),
      },
    ];
  });
}

/**
 * Fetches the values of every indicator on the chart and turns them into legend entries (label,
 * colour, latest values or the server's problem) and chart plots.
 */
export function useIndicatorLayers(
  symbol: string,
  interval: string,
  timeZone: string,
  indicators: readonly ActiveIndicator[],
) {
  const results = useQueries({
    queries: indicators.map((indicator) =>
      indicatorValuesQueryOptions({
        symbol,
        interval,
        name: indicator.name,
        params: indicator.params,
      }),
    ),
    combine: combineResults,
  });
  const legend = useMemo(() => legendEntries(indicators, results), [indicators, results]);
  const plots = useMemo(() => chartPlots(legend, interval, timeZone), [legend, interval, timeZone]);
  return { legend, plots };
}
