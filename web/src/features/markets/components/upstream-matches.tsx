import { useSymbolSearch } from '../api/search-symbols';
import type { SymbolMatch } from '../api/types';

import './upstream-matches.css';

interface UpstreamMatchesProps {
  query: string;
}

/**
 * What the enabled providers (Yahoo, CoinGecko) find for the search that Sage does not list:
 * shown so a trader knows the symbol exists and how to get it, never as something to chart.
 * Nothing is shown while no provider is enabled (the offline default).
 */
export function UpstreamMatches({ query }: UpstreamMatchesProps) {
  const search = useSymbolSearch(query);
  const data = search.data;
  if (!data || data.providers.length === 0) return null;
  const unlisted = data.matches.filter((match) => !match.listed);
  return (
    <section className="upstream-matches" aria-labelledby="upstream-matches-heading">
      <h2 id="upstream-matches-heading" className="upstream-matches-heading">
        Found upstream, not in Sage yet
      </h2>
      {unlisted.length === 0 ? (
        <p className="muted">{providerList(data.providers)} found nothing Sage does not list.</p>
      ) : (
        <>
          <p className="muted">
            {providerList(data.providers)} know these; Sage has no bars or quotes for them until an
            ingestion job collects them (see the README, Ingestion).
            {data.stale && ' Some of these are an older answer: a provider is failing.'}
          </p>
          <ul className="upstream-matches-list" data-testid="upstream-matches">
            {unlisted.map((match) => (
              <li key={`${match.source}:${match.providerSymbol ?? match.symbol}`}>
                <UpstreamMatch match={match} />
              </li>
            ))}
          </ul>
        </>
      )}
      {data.unavailable.length > 0 && (
        <p className="muted" role="status">
          Not asked successfully: {data.unavailable.join('; ')}.
        </p>
      )}
    </section>
  );
}

function UpstreamMatch({ match }: { match: SymbolMatch }) {
  return (
    <>
      <span className="upstream-match-symbol">{match.symbol}</span> <span>{match.name}</span>
      <span className="muted">
        {' · '}
        {[match.exchange, match.source].filter(Boolean).join(' · ')}
      </span>
    </>
  );
}

function providerList(providers: readonly string[]): string {
  const names = providers.map((provider) =>
    provider === 'yahoo' ? 'Yahoo Finance' : provider === 'coingecko' ? 'CoinGecko' : provider,
  );
  return names.join(' and ');
}
