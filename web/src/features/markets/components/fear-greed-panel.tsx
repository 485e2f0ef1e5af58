import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { toProblem } from '@/lib/api/problem';

import { isFearGreedNotConfigured, useFearGreed } from '../api/get-fear-greed';
import type { FearGreed } from '../api/types';

import { FearGreedGauge } from './fear-greed-gauge';
import { Sparkline } from './sparkline';
import { StaleMarker } from './stale-marker';
import './fear-greed-panel.css';

/**
 * The crypto Fear & Greed index: gauge, 30-day history and source. Offline Sage has no provider
 * for it, and says how to switch one on instead of showing an error.
 */
export function FearGreedPanel() {
  const fearGreed = useFearGreed();
  return (
    <section className="dashboard-panel fear-greed-panel" aria-labelledby="fear-greed-heading">
      <h2 id="fear-greed-heading">Crypto Fear &amp; Greed</h2>
      {fearGreed.isPending ? (
        <Spinner label="Loading the Fear & Greed index…" />
      ) : fearGreed.isError ? (
        isFearGreedNotConfigured(fearGreed.error) ? (
          <NotConfiguredNotice detail={toProblem(fearGreed.error).detail} />
        ) : (
          <ProblemAlert
            heading="Could not load the Fear & Greed index"
            error={fearGreed.error}
            onRetry={() => void fearGreed.refetch()}
          />
        )
      ) : (
        <FearGreedReadings index={fearGreed.data} />
      )}
    </section>
  );
}

function NotConfiguredNotice({ detail }: { detail: string | undefined }) {
  return (
    <div className="fear-greed-off" role="status" data-testid="fear-greed-off">
      <p className="fear-greed-off-title">The Fear &amp; Greed index is not switched on.</p>
      <p className="muted">
        {detail ??
          'Sage ships no copy of the index; enable the alternative.me provider to show it.'}
      </p>
    </div>
  );
}

export function FearGreedReadings({ index }: { index: FearGreed }) {
  const { current } = index;
  // The server lists readings newest first; a line reads oldest to newest.
  const history = [...index.history].reverse();
  const values = history.map((reading) => reading.value);
  const first = values[0];
  const last = values.at(-1);
  return (
    <div className="fear-greed-readings">
      {current ? (
        <FearGreedGauge reading={current} />
      ) : (
        <p className="muted">The provider sent no current reading.</p>
      )}
      {values.length > 1 && (
        <div className="fear-greed-history">
          <Sparkline
            values={values}
            tone="neutral"
            width={200}
            height={36}
            label={`Fear & Greed over the last ${values.length} days, from ${first} to ${last}`}
            testId="fear-greed-history"
          />
          <p className="muted fear-greed-history-label">Last {values.length} days</p>
        </div>
      )}
      <p className="muted fear-greed-source">
        Data: {index.source === 'alternative-me' ? 'alternative.me' : index.source}{' '}
        <StaleMarker stale={index.stale} asOf={index.asOf} />
      </p>
    </div>
  );
}
