import { currencyDecimals, decimalsOf } from '@/lib/format';

import type { Instrument } from '../api/types';

/**
 * Decimal places of the price axis: those of the tick in force at the last close (SPY trades in
 * cents above $1 although its sub-dollar band is 0.0001), or the currency's when no tick is known.
 * The same rule as the Markets chart's.
 */
export function pricePrecision(instrument: Instrument | undefined, currency: string): number {
  const bands = (instrument?.tickSizes ?? [])
    .filter((band) => band.tick > 0)
    .sort((a, b) => a.fromPrice - b.fromPrice);
  const price = instrument?.last?.close;
  const band =
    price === undefined
      ? bands[0]
      : (bands.filter((candidate) => candidate.fromPrice <= price).at(-1) ?? bands[0]);
  return band ? decimalsOf(band.tick) : currencyDecimals(currency);
}
