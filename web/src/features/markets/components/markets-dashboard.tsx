import { FearGreedPanel } from './fear-greed-panel';
import { InstrumentBrowser } from './instrument-browser';
import { TopMovers } from './top-movers';
import './markets-dashboard.css';

/** The /markets page: top movers and Fear & Greed above the watch table with live prices. */
export function MarketsDashboard() {
  return (
    <div className="markets-dashboard">
      <div className="markets-overview">
        <TopMovers />
        <FearGreedPanel />
      </div>
      <InstrumentBrowser />
    </div>
  );
}
