import { lazy, Suspense } from 'react';

import { Spinner } from '@/components/ui/spinner';

// The result page carries the charting library; load it only when a backtest is opened.
const BacktestRoute = lazy(() => import('./backtest'));

export function BacktestRouteLoader() {
  return (
    <Suspense
      fallback={
        <div className="page">
          <Spinner label="Loading the backtest…" />
        </div>
      }
    >
      <BacktestRoute />
    </Suspense>
  );
}
