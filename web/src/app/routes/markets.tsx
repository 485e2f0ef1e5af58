import { InstrumentBrowser } from '@/features/markets/components/instrument-browser';

export function MarketsRoute() {
  return (
    <div className="page">
      <title>Markets · Sage</title>
      <h1>Markets</h1>
      <InstrumentBrowser />
    </div>
  );
}
