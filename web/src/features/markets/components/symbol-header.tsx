import { formatDate, formatDateTime, formatPrice } from '@/lib/format';

import { useQuote } from '../api/get-quote';
import type { Instrument } from '../api/types';
import { useLivePrice } from '../api/use-live-price';
import { assetClassLabel } from '../lib/asset-class';
import { currentQuote, sourceLabel } from '../lib/current-quote';
import { languageOf } from '../lib/text';

import { ChangeValue } from './change-value';
import { StaleMarker } from './stale-marker';

/**
 * Name, venue and the current price: the quote endpoint's answer, moved by streamed ticks when
 * the server plays or streams them, labelled with its source (a provider, "replay" or "stored").
 */
export function SymbolHeader({ instrument }: { instrument: Instrument }) {
  const quote = useQuote(instrument.symbol);
  const live = useLivePrice(instrument.symbol);
  const current = currentQuote(instrument, quote.data, live);
  const { currency, timezone } = instrument;

  return (
    <header className="symbol-header">
      <div className="symbol-title">
        <h1>
          <span className="symbol-code">{instrument.symbol}</span>{' '}
          <span className="symbol-name">{instrument.name}</span>
        </h1>
        <p className="muted symbol-meta">
          {instrument.localName && (
            <>
              <span lang={languageOf(instrument.localName)}>{instrument.localName}</span>
              {' · '}
            </>
          )}
          {assetClassLabel(instrument.assetClass)} · {instrument.venue} · {currency}
        </p>
      </div>
      {current ? (
        <div
          className="symbol-quote"
          data-testid="symbol-quote"
          data-source={current.source}
          aria-live="off"
        >
          <div className="symbol-last">
            <span className="symbol-last-price" data-testid="quote-price">
              {formatPrice(current.price, currency)}
            </span>{' '}
            <span className="muted">{currency}</span>
          </div>
          {current.changePercent !== undefined && (
            <ChangeValue
              change={current.change}
              changePercent={current.changePercent}
              currency={currency}
            />
          )}
          <p className="muted symbol-asof">
            <span
              className="symbol-source"
              data-testid="quote-source"
              title={sourceLabel(current.source).description}
            >
              {sourceLabel(current.source).label}
            </span>{' '}
            <time dateTime={current.time}>
              {current.source === 'stored'
                ? `close of ${formatDate(current.time, timezone)}`
                : formatDateTime(current.time, timezone)}
            </time>{' '}
            {current.asOf && <StaleMarker stale={current.stale} asOf={current.asOf} />}
          </p>
          {quote.isError && (
            <p className="muted symbol-quote-note">Quote unavailable: {quote.error.message}</p>
          )}
        </div>
      ) : quote.isPending ? (
        <p className="muted">Loading the quote…</p>
      ) : (
        <p className="muted">No price yet.</p>
      )}
    </header>
  );
}
