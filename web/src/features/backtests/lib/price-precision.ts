import { currencyDecimals, decimalsOf } from '@/lib/format';

import type { Instrument } from '../api/types';

/** Decimal places of the price axis: the finest tick's, or the currency's when no tick is known. */
export function pricePrecision(instrument: Instrument | undefined, currency: string): number {
  const ticks = instrument?.tickSizes.map((band) => band.tick) ?? [];
  if (ticks.length === 0) return currencyDecimals(currency);
  return Math.max(...ticks.map(decimalsOf));
}
