import type { Instrument, Quote } from '../api/types';
import type { LivePrice } from '../api/use-live-price';

/** The price the symbol page heads with, and where it came from. */
export interface CurrentQuote {
  price: number;
  change: number | undefined;
  changePercent: number | undefined;
  /** A provider name, `replay` (recorded ticks played back) or `stored` (the last stored close). */
  source: string;
  time: string;
  stale: boolean;
  /** When Sage fetched it; absent for streamed ticks. */
  asOf: string | undefined;
  /** Moved by a streamed tick since the quote was fetched. */
  streamed: boolean;
}

function changeFrom(price: number, previousClose: number | undefined) {
  if (previousClose === undefined || previousClose === 0) {
    return { change: undefined, changePercent: undefined };
  }
  const change = price - previousClose;
  return { change, changePercent: (change / previousClose) * 100 };
}

/**
 * The newest of what the page knows: a streamed tick, else the quote endpoint's answer, else the
 * instrument's stored last close. A tick's change is measured from the quote's previous close
 * only when the tick comes after the quote: a replay plays old bars, and a 2017 price against a
 * 2019 close is no change of the day.
 */
export function currentQuote(
  instrument: Instrument,
  quote: Quote | undefined,
  live: LivePrice | undefined,
): CurrentQuote | undefined {
  const reference = quote
    ? { time: quote.time, previousClose: quote.previousClose }
    : { time: instrument.last?.time, previousClose: instrument.last?.previousClose ?? undefined };
  const livePrice = live ? Number(live.price) : Number.NaN;
  if (live && Number.isFinite(livePrice)) {
    const follows =
      reference.time === undefined || Date.parse(live.time) >= Date.parse(reference.time);
    return {
      price: livePrice,
      ...changeFrom(livePrice, follows ? reference.previousClose : undefined),
      source: live.source,
      time: live.time,
      stale: false,
      asOf: undefined,
      streamed: true,
    };
  }
  if (quote) {
    const derived = changeFrom(quote.price, quote.previousClose);
    return {
      price: quote.price,
      change: quote.change ?? derived.change,
      changePercent: quote.changePercent ?? derived.changePercent,
      source: quote.source,
      time: quote.time,
      stale: quote.stale,
      asOf: quote.asOf,
      streamed: false,
    };
  }
  const { last } = instrument;
  if (!last) return undefined;
  return {
    price: last.close,
    change: last.change ?? undefined,
    changePercent: last.changePercent ?? undefined,
    source: 'stored',
    time: last.time,
    stale: false,
    asOf: undefined,
    streamed: false,
  };
}

/** How the header names a source: nobody should take a replayed or stored price for a live one. */
export function sourceLabel(source: string): { label: string; description: string } {
  switch (source) {
    case 'replay':
      return { label: 'replay', description: 'Recorded prices played back, not live' };
    case 'stored':
      return { label: 'stored', description: 'The latest close stored in Sage, not a live quote' };
    default:
      return { label: source, description: `Quoted by ${source}` };
  }
}
