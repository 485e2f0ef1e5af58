import { formatDate, formatPrice } from '@/lib/format';

import type { Instrument } from '../api/types';
import { assetClassLabel } from '../lib/asset-class';
import { languageOf } from '../lib/text';

import { ChangeValue } from './change-value';
import { LivePriceCell } from './live-price';

export function SymbolHeader({ instrument }: { instrument: Instrument }) {
  const { last } = instrument;
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
          {assetClassLabel(instrument.assetClass)} · {instrument.venue} · {instrument.currency}
        </p>
      </div>
      {last ? (
        <div className="symbol-quote" data-testid="symbol-quote">
          <div className="symbol-last">
            <span className="symbol-last-price">
              {formatPrice(last.close, instrument.currency)}
            </span>{' '}
            <span className="muted">{instrument.currency}</span>
          </div>
          <ChangeValue
            change={last.change}
            changePercent={last.changePercent}
            currency={instrument.currency}
          />
          <p className="muted symbol-asof">
            Last close, {formatDate(last.time, instrument.timezone)}
          </p>
          <LivePriceCell symbol={instrument.symbol} currency={instrument.currency} />
        </div>
      ) : (
        <p className="muted">No price yet.</p>
      )}
    </header>
  );
}
