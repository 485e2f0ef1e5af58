import type { MarketRegion } from '../api/types';

export const MARKETS: readonly { value: MarketRegion; label: string }[] = [
  { value: 'US', label: 'US' },
  { value: 'KR', label: 'Korea' },
  { value: 'CRYPTO', label: 'Crypto' },
];

/** Where a market's sessions are dated, and what its prices are in when an instrument does not say. */
export const MARKET_DEFAULTS: Record<MarketRegion, { timeZone: string; currency: string }> = {
  US: { timeZone: 'America/New_York', currency: 'USD' },
  KR: { timeZone: 'Asia/Seoul', currency: 'KRW' },
  CRYPTO: { timeZone: 'UTC', currency: 'USD' },
};

/** The newest of some ISO instants (they sort as text when all are UTC `Z` times). */
export function latestTime(times: readonly string[]): string | undefined {
  return times.reduce<string | undefined>(
    (latest, time) =>
      latest === undefined || Date.parse(time) > Date.parse(latest) ? time : latest,
    undefined,
  );
}
