import { formatCount, formatDate, formatPrice } from '@/lib/format';

import type { Instrument } from '../api/types';
import { assetClassLabel } from '../lib/asset-class';
import { intervalDescription, sortedIntervals } from '../lib/intervals';

import './instrument-facts.css';

/** The instrument's trading rules and data provenance; every source is credited here. */
export function InstrumentFacts({ instrument }: { instrument: Instrument }) {
  const { currency } = instrument;
  const series = sortedIntervals(instrument.series).flatMap((interval) =>
    instrument.series.filter((item) => item.interval === interval),
  );
  return (
    <section className="instrument-facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">Instrument facts</h2>
      <dl className="facts-list">
        <dt>Asset class</dt>
        <dd>{assetClassLabel(instrument.assetClass)}</dd>
        <dt>Venue</dt>
        <dd>{instrument.venue}</dd>
        <dt>Currency</dt>
        <dd>{currency}</dd>
        <dt>Time zone</dt>
        <dd>{instrument.timezone}</dd>
        <dt>Lot size</dt>
        <dd>{instrument.lotSize}</dd>
        {instrument.minNotional !== undefined && (
          <>
            <dt>Min order value</dt>
            <dd>
              {formatPrice(instrument.minNotional, currency)} {currency}
            </dd>
          </>
        )}
        {instrument.aliases.length > 0 && (
          <>
            <dt>Aliases</dt>
            <dd>{instrument.aliases.join(', ')}</dd>
          </>
        )}
        <dt>Tick size</dt>
        <dd>
          {instrument.tickSizes.length === 1 && instrument.tickSizes[0] ? (
            formatPrice(instrument.tickSizes[0].tick, currency)
          ) : instrument.tickSizes.length === 0 ? (
            '—'
          ) : (
            <table className="tick-bands">
              <caption className="visually-hidden">Tick size by price band</caption>
              <thead>
                <tr>
                  <th scope="col">Price from</th>
                  <th scope="col">Tick</th>
                </tr>
              </thead>
              <tbody>
                {instrument.tickSizes.map((band) => (
                  <tr key={band.fromPrice}>
                    <td className="numeric">{formatPrice(band.fromPrice, currency)}</td>
                    <td className="numeric">{formatPrice(band.tick, currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </dd>
      </dl>

      <h3>Data coverage</h3>
      <ul className="coverage-list">
        {series.map((item) => (
          <li key={`${item.interval}|${item.source}`}>
            <div>
              <strong>{intervalDescription(item.interval)}</strong>: {formatCount(item.bars)} bars,{' '}
              {formatDate(item.firstBar, instrument.timezone)} –{' '}
              {formatDate(item.lastBar, instrument.timezone)}
            </div>
            <div className="muted coverage-source">Source: {item.source}</div>
          </li>
        ))}
        {series.length === 0 && <li className="muted">No bar history.</li>}
      </ul>
    </section>
  );
}
