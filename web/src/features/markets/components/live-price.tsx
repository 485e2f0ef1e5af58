import { useLivePrice } from '../api/use-live-price';

/**
 * The latest streamed price of a symbol, labelled with where it came from: "replay" when the
 * server plays recorded bars back, so it is never taken for a live quote. Empty until a tick arrives.
 */
export function LivePriceCell({ symbol, currency }: { symbol: string; currency: string }) {
  const live = useLivePrice(symbol);
  if (!live) return null;
  const replay = live.source === 'replay';
  return (
    <p className="symbol-live" data-testid="live-price" data-source={live.source}>
      <span className="symbol-live-price">{live.price}</span>{' '}
      <span className="muted">{currency}</span>{' '}
      <span
        className="symbol-live-source"
        title={replay ? 'Recorded prices played back, not live' : undefined}
      >
        {replay ? 'replay' : live.source}
      </span>{' '}
      <time className="muted" dateTime={live.time}>
        {live.time.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC')}
      </time>
    </p>
  );
}
