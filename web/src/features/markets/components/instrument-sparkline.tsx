import { useBars } from '../api/get-bars';
import type { Instrument } from '../api/types';
import { primarySeries } from '../lib/intervals';
import { describeChange, windowChangePercent } from '../lib/sparkline';

import { Sparkline } from './sparkline';

/** Closes a table row's sparkline shows: one small request per row, not the whole history. */
export const SPARKLINE_BARS = 30;

/** The last 30 closes of an instrument's main series (daily where it has one) as a sparkline. */
export function InstrumentSparkline({ instrument }: { instrument: Instrument }) {
  const interval = primarySeries(instrument.series)?.interval;
  const bars = useBars(
    { symbol: instrument.symbol, interval: interval ?? '1d', limit: SPARKLINE_BARS },
    { enabled: interval !== undefined },
  );

  if (interval === undefined) return <span className="muted">—</span>;
  if (bars.isPending) {
    return (
      <span
        className="sparkline-placeholder"
        role="img"
        aria-label={`${instrument.symbol} closes loading`}
        aria-busy="true"
      />
    );
  }
  if (bars.isError) {
    return (
      <span className="muted" title={bars.error.message}>
        —
      </span>
    );
  }
  const closes = bars.data.bars.map((bar) => bar.close);
  const count = closes.length;
  const unit = interval === '1d' ? 'closes' : `${interval} closes`;
  return (
    <Sparkline
      values={closes}
      label={`${instrument.symbol} last ${count} ${unit}, ${describeChange(windowChangePercent(closes))}`}
      testId="row-sparkline"
    />
  );
}
