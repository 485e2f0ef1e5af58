import { useState } from 'react';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { Tabs } from '@/components/ui/tabs';
import { formatDate, formatPrice, formatVolume } from '@/lib/format';

import { useInstruments } from '../api/get-instruments';
import { useMovers } from '../api/get-movers';
import type { Instrument, MarketRegion, Mover, Movers } from '../api/types';
import { MARKETS, MARKET_DEFAULTS, latestTime } from '../lib/markets';
import { symbolPath } from '../lib/paths';

import { ChangeValue } from './change-value';
import { StaleMarker } from './stale-marker';
import './top-movers.css';

type ListKind = 'gainers' | 'losers' | 'mostActive';

const LISTS: readonly { kind: ListKind; title: string }[] = [
  { kind: 'gainers', title: 'Top gainers' },
  { kind: 'losers', title: 'Top losers' },
  { kind: 'mostActive', title: 'Most active' },
];

/** Gainers, losers and largest volumes of the latest stored session, one market per tab. */
export function TopMovers() {
  const [market, setMarket] = useState<MarketRegion>('US');
  return (
    <section className="dashboard-panel top-movers" aria-labelledby="movers-heading">
      <h2 id="movers-heading">Top movers</h2>
      <Tabs label="Market" id="movers" options={MARKETS} value={market} onChange={setMarket}>
        <MarketMovers market={market} />
      </Tabs>
    </section>
  );
}

function MarketMovers({ market }: { market: MarketRegion }) {
  const movers = useMovers(market);
  // The instrument list (shared with the table) says each mover's currency and time zone.
  const instruments = useInstruments('');
  const bySymbol = new Map(
    (instruments.data?.items ?? []).map((instrument) => [instrument.symbol, instrument]),
  );

  if (movers.isPending) return <Spinner label={`Loading ${market} movers…`} />;
  if (movers.isError) {
    return (
      <ProblemAlert
        heading={`Could not load ${market} movers`}
        error={movers.error}
        onRetry={() => void movers.refetch()}
      />
    );
  }
  return <MoversLists movers={movers.data} instruments={bySymbol} />;
}

interface MoversListsProps {
  movers: Movers;
  instruments: ReadonlyMap<string, Instrument>;
}

export function MoversLists({ movers, instruments }: MoversListsProps) {
  const defaults = MARKET_DEFAULTS[movers.market];
  const all = [...movers.gainers, ...movers.losers, ...movers.mostActive];
  const session = latestTime(all.map((mover) => mover.time));

  if (all.length === 0) {
    return (
      <p className="muted" data-testid="movers-empty">
        No stored daily sessions in this market yet.
      </p>
    );
  }
  return (
    <div className="movers" data-testid="movers" data-market={movers.market}>
      <p className="muted movers-session">
        As of {formatDate(session, defaults.timeZone)}, the latest stored session: bundled history,
        not today’s market. <StaleMarker stale={movers.stale} asOf={movers.asOf} />
      </p>
      <div className="movers-lists">
        {LISTS.map(({ kind, title }) => (
          <MoverTable
            key={kind}
            kind={kind}
            title={title}
            rows={movers[kind]}
            session={session}
            instruments={instruments}
            defaults={defaults}
          />
        ))}
      </div>
      {movers.trending.length > 0 && (
        <div className="movers-trending">
          <h3>Trending</h3>
          <ul>
            {movers.trending.map((item) => (
              <li key={`${item.provider}:${item.symbol}`}>
                {item.listed ? (
                  <Link to={symbolPath(item.symbol)}>{item.symbol}</Link>
                ) : (
                  <span>{item.symbol}</span>
                )}{' '}
                {item.name && <span className="muted">{item.name}</span>}{' '}
                <ChangeValue changePercent={item.changePercent} />{' '}
                <span className="muted">({item.provider})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {movers.trendingUnavailable && (
        <p className="muted movers-note">Trending list unavailable: {movers.trendingUnavailable}</p>
      )}
    </div>
  );
}

interface MoverTableProps {
  kind: ListKind;
  title: string;
  rows: readonly Mover[];
  session: string | undefined;
  instruments: ReadonlyMap<string, Instrument>;
  defaults: { timeZone: string; currency: string };
}

function MoverTable({ kind, title, rows, session, instruments, defaults }: MoverTableProps) {
  const headingId = `movers-${kind}-heading`;
  return (
    <div className="mover-list" data-testid={`movers-${kind}`}>
      <h3 id={headingId}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="mover-table" aria-labelledby={headingId}>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Symbol</th>
              <th scope="col">Price</th>
              <th scope="col">{kind === 'mostActive' ? 'Volume' : 'Change'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((mover) => {
              const instrument = instruments.get(mover.symbol);
              const currency = instrument?.currency ?? defaults.currency;
              const timeZone = instrument?.timezone ?? defaults.timeZone;
              const older = session !== undefined && mover.time !== session;
              return (
                <tr key={mover.symbol} data-symbol={mover.symbol}>
                  <th scope="row">
                    <Link to={symbolPath(mover.symbol)} className="mover-symbol">
                      {mover.symbol}
                    </Link>
                    <span className="mover-name muted">{mover.name}</span>
                    {older && (
                      <span className="mover-name muted">
                        session {formatDate(mover.time, timeZone)}
                      </span>
                    )}
                  </th>
                  <td className="numeric">
                    {formatPrice(mover.price, currency)}{' '}
                    <span className="muted mover-currency">{currency}</span>
                  </td>
                  <td className="numeric" data-testid="mover-change">
                    {kind === 'mostActive' ? (
                      <span title="Volume of the session">{formatVolume(mover.volume)}</span>
                    ) : (
                      <ChangeValue changePercent={mover.changePercent} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
