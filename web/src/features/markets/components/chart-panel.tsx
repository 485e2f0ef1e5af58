import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Spinner } from '@/components/ui/spinner';
import { formatCount, formatDate } from '@/lib/format';

import { useBars } from '../api/get-bars';
import { useIndicatorCatalogue } from '../api/get-indicators';
import type { IndicatorDefinition, Instrument } from '../api/types';
import { activeIndicator, type ActiveIndicator } from '../lib/active-indicators';
import {
  INDICATOR_SEARCH_PARAM,
  indicatorLinkValue,
  indicatorsFromLink,
} from '../lib/indicator-link';
import type { ParamValues } from '../lib/indicator-params';
import {
  defaultInterval,
  intervalDescription,
  isIntraday,
  sortedIntervals,
} from '../lib/intervals';
import { priceStep } from '../lib/price-step';
import { RANGES, RANGE_LABELS, defaultRange, type RangeKey } from '../lib/ranges';

import { BarsCsvLink } from './bars-csv-link';
import { IndicatorLegend } from './indicator-legend';
import { IndicatorTools } from './indicator-tools';
import { PriceChart, type VisibleDates } from './price-chart';
import { useIndicatorLayers } from './use-indicator-layers';

const RANGE_OPTIONS = RANGES.map((range) => ({ value: range, ...RANGE_LABELS[range] }));

function sameDates(a: VisibleDates | null, b: VisibleDates | null) {
  return a?.from === b?.from && a?.to === b?.to;
}

export function ChartPanel({ instrument }: { instrument: Instrument }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const intervals = sortedIntervals(instrument.series);
  const requested = searchParams.get('interval');
  const interval =
    requested && intervals.includes(requested) ? requested : defaultInterval(instrument.series);
  const intraday = isIntraday(interval);

  // Each interval remembers its own range; null once the user pans or zooms by hand.
  const [ranges, setRanges] = useState<Record<string, RangeKey | null>>({});
  const range = interval in ranges ? (ranges[interval] ?? null) : defaultRange(intraday);
  const setRange = (next: RangeKey | null) =>
    setRanges((current) => ({ ...current, [interval]: next }));

  const [visible, setVisible] = useState<VisibleDates | null>(null);
  const onVisibleDates = useCallback(
    (next: VisibleDates | null) =>
      setVisible((current) => (sameDates(current, next) ? current : next)),
    [],
  );

  // The indicators live in the URL (?ind=rsi:period=14), so a chart can be linked and reloaded.
  const catalogue = useIndicatorCatalogue();
  const linked = searchParams.getAll(INDICATOR_SEARCH_PARAM);
  const linkKey = linked.join('\n');
  const indicators = useMemo(
    () => indicatorsFromLink(linkKey ? linkKey.split('\n') : [], catalogue.data?.items ?? []),
    [linkKey, catalogue.data],
  );
  const showIndicators = (next: readonly ActiveIndicator[]) =>
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        params.delete(INDICATOR_SEARCH_PARAM);
        for (const item of next) params.append(INDICATOR_SEARCH_PARAM, indicatorLinkValue(item));
        return params;
      },
      { replace: true },
    );
  const addIndicator = (definition: IndicatorDefinition, params: ParamValues) => {
    const next = activeIndicator(definition, params);
    if (indicators.some((item) => item.key === next.key)) return false;
    showIndicators([...indicators, next]);
    return true;
  };
  const removeIndicator = (key: string) =>
    showIndicators(indicators.filter((item) => item.key !== key));

  const bars = useBars({ symbol: instrument.symbol, interval });
  const { legend, plots } = useIndicatorLayers(
    instrument.symbol,
    interval,
    instrument.timezone,
    indicators,
  );

  const coverage = instrument.series.find((item) => item.interval === interval);
  const { precision, minMove } = priceStep(instrument);

  const onIntervalChange = (next: string) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === defaultInterval(instrument.series)) params.delete('interval');
        else params.set('interval', next);
        return params;
      },
      { replace: true },
    );
  };

  const indicatorNames = indicators.map((indicator) => indicator.label).join(', ');

  return (
    <section className="chart-panel" aria-labelledby="chart-heading">
      <h2 id="chart-heading" className="visually-hidden">
        Price chart
      </h2>
      <div className="chart-toolbar">
        {intervals.length > 1 && (
          <SegmentedControl
            label="Bar interval"
            options={intervals.map((value) => ({
              value,
              label: value,
              description: intervalDescription(value),
            }))}
            value={interval}
            onChange={onIntervalChange}
            testId="interval-toggle"
          />
        )}
        <SegmentedControl
          label="Visible range"
          options={RANGE_OPTIONS}
          value={range}
          onChange={setRange}
          testId="range-buttons"
        />
        <BarsCsvLink
          symbol={instrument.symbol}
          interval={interval}
          visible={bars.isSuccess && bars.data.bars.length > 0 ? visible : null}
          timeZone={instrument.timezone}
        />
      </div>

      <IndicatorTools onAdd={addIndicator} />
      <IndicatorLegend entries={legend} pricePrecision={precision} onRemove={removeIndicator} />

      {bars.isPending ? (
        <div className="chart-placeholder">
          <Spinner label={`Loading ${intervalDescription(interval)}…`} />
        </div>
      ) : bars.isError ? (
        <ProblemAlert
          heading="Could not load the price history"
          error={bars.error}
          onRetry={() => void bars.refetch()}
        />
      ) : bars.data.bars.length === 0 ? (
        <EmptyState title="No bars in this series yet." />
      ) : (
        <>
          <PriceChart
            bars={bars.data.bars}
            interval={interval}
            timeZone={instrument.timezone}
            precision={precision}
            minMove={minMove}
            range={range}
            onManualRange={() => {
              if (range !== null) setRange(null);
            }}
            plots={plots}
            onVisibleDates={onVisibleDates}
            description={`${instrument.symbol} candlestick chart, ${intervalDescription(
              interval,
            )}: ${formatCount(bars.data.count)} bars from ${formatDate(
              bars.data.bars[0]?.time,
              instrument.timezone,
            )} to ${formatDate(bars.data.bars.at(-1)?.time, instrument.timezone)}, with volume${
              indicatorNames ? ` and ${indicatorNames}` : ''
            }.`}
          />
          <p className="muted chart-footnote">
            {formatCount(bars.data.count)} bars · times in {instrument.timezone}
            {bars.data.truncated && ' · the server sent only the most recent bars of this series'}
            {coverage && <> · Data: {coverage.source}</>}
          </p>
        </>
      )}
    </section>
  );
}
