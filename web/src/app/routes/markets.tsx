import { MarketsDashboard } from '@/features/markets/components/markets-dashboard';

export function MarketsRoute() {
  return (
    <div className="page">
      <title>Markets · Sage</title>
      <h1>Markets</h1>
      <MarketsDashboard />
    </div>
  );
}
