import { currencyDecimals, decimalsOf } from '@/lib/format';

import type { Instrument } from '../api/types';

/**
 * Price axis precision from the tick in force at the last close (SPY trades in cents above $1
 * even though its sub-dollar band is 0.0001); the currency's minor unit when no tick is known.
 */
export function priceStep(instrument: Instrument): { precision: number; minMove: number } {
  const bands = instrument.tickSizes
    .filter((band) => band.tick > 0)
    .sort((a, b) => a.fromPrice - b.fromPrice);
  const price = instrument.last?.close;
  const band =
    price === undefined
      ? bands[0]
      : (bands.filter((candidate) => candidate.fromPrice <= price).at(-1) ?? bands[0]);
  const precision = band ? decimalsOf(band.tick) : currencyDecimals(instrument.currency);
  // 1 / 10^p rather than 10^-p: the latter is 0.00009999999999999999 for p = 4
  return { precision, minMove: 1 / 10 ** precision };
}
