import { lazy, Suspense } from 'react';

import { Spinner } from '@/components/ui/spinner';

// The bot page carries the charting library; load it only when a bot is opened.
const BotRoute = lazy(() => import('./bot'));

export function BotRouteLoader() {
  return (
    <Suspense
      fallback={
        <div className="page">
          <Spinner label="Loading the bot…" />
        </div>
      }
    >
      <BotRoute />
    </Suspense>
  );
}
