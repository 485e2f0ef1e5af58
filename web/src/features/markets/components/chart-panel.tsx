import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { Spinner } from '@/components/ui/spinner';
import { formatCount, formatDate } from '@/lib/format';

import { useBars } from '../api/get-bars';
import type { Instrument } from '../api/types';
import {
  defaultInterval,
  intervalDescription,
  isIntraday,
  sortedIntervals,
} from '../lib/intervals';
import { priceStep } from '../lib/price-step';
import { RANGES, RANGE_LABELS, defaultRange, type RangeKey } from '../lib/ranges';

import { PriceChart } from './price-chart';

const RANGE_OPTIONS = RANGES.map((range) => ({ value: range, ...RANGE_LABELS[range] }));

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

  const bars = useBars({ symbol: instrument.symbol, interval });
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
      </div>

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
            description={`${instrument.symbol} candlestick chart, ${intervalDescription(
              interval,
            )}: ${formatCount(bars.data.count)} bars from ${formatDate(
              bars.data.bars[0]?.time,
              instrument.timezone,
            )} to ${formatDate(bars.data.bars.at(-1)?.time, instrument.timezone)}.`}
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
