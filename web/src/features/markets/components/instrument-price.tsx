import { useState } from 'react';

import { formatPrice } from '@/lib/format';

import type { LivePrice } from '../api/use-live-price';

type Move = 'up' | 'down' | 'flat';

interface InstrumentPriceProps {
  /** The stored last close: shown until a live price arrives. */
  lastClose: number | null | undefined;
  currency: string;
  live: LivePrice | undefined;
}

/** Which way the price went since the previous one shown; `flat` for the first. */
function useMove(price: string | undefined): Move {
  const [seen, setSeen] = useState<{ price: string | undefined; move: Move }>({
    price,
    move: 'flat',
  });
  if (seen.price !== price) {
    const move =
      seen.price === undefined || price === undefined || Number(price) === Number(seen.price)
        ? 'flat'
        : Number(price) > Number(seen.price)
          ? 'up'
          : 'down';
    setSeen({ price, move });
    return move;
  }
  return seen.move;
}

/**
 * An instrument's price in the markets table: the latest streamed tick, coloured and flashed up or
 * down as it changes and labelled "replay" when recorded bars are played back; the stored last
 * close (labelled so) until a tick arrives.
 */
export function InstrumentPrice({ lastClose, currency, live }: InstrumentPriceProps) {
  const move = useMove(live?.price);
  if (!live) {
    return (
      <span className="instrument-price" data-testid="instrument-price" data-source="close">
        {formatPrice(lastClose, currency)}
      </span>
    );
  }
  const replay = live.source === 'replay';
  return (
    <span
      className={`instrument-price live ${move}`}
      data-testid="instrument-price"
      data-source={live.source}
      data-move={move}
    >
      {/* keyed by price so the flash animation starts again on every change */}
      <span key={live.price} className="instrument-price-value">
        {formatPrice(Number(live.price), currency)}
      </span>{' '}
      <span
        className="instrument-price-source"
        title={replay ? 'Recorded prices played back, not live' : `Live price at ${live.time}`}
      >
        {replay ? 'replay' : 'live'}
      </span>
    </span>
  );
}
