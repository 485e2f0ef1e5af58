import { lazy, Suspense } from 'react';

import { Spinner } from '@/components/ui/spinner';

// The symbol page carries the charting library (~175 kB); load it only when a chart is opened.
const MarketsSymbolRoute = lazy(() => import('./markets-symbol'));

export function MarketsSymbolLoader() {
  return (
    <Suspense
      fallback={
        <div className="page">
          <Spinner label="Loading chart…" />
        </div>
      }
    >
      <MarketsSymbolRoute />
    </Suspense>
  );
}
