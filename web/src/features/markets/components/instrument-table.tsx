import type { KeyboardEvent, MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import '@/components/ui/table.css';
import { formatCount, formatYearSpan } from '@/lib/format';

import type { Instrument } from '../api/types';
import { useLivePrices } from '../api/use-live-price';
import { assetClassLabel } from '../lib/asset-class';
import { primarySeries, sortedIntervals } from '../lib/intervals';
import { symbolPath } from '../lib/paths';
import { languageOf } from '../lib/text';

import { ChangeValue } from './change-value';
import { InstrumentPrice } from './instrument-price';
import { InstrumentSparkline, SPARKLINE_BARS } from './instrument-sparkline';

interface InstrumentTableProps {
  instruments: readonly Instrument[];
  caption: string;
}

function focusSibling(row: HTMLTableRowElement, step: 1 | -1) {
  const sibling = step === 1 ? row.nextElementSibling : row.previousElementSibling;
  if (sibling instanceof HTMLTableRowElement) sibling.focus();
}

/**
 * Instruments as a real table. Each row is one tab stop that opens the symbol on Enter or click
 * and moves with the arrow keys; the symbol link stays for middle-click and screen readers.
 */
export function InstrumentTable({ instruments, caption }: InstrumentTableProps) {
  const navigate = useNavigate();
  const livePrices = useLivePrices(instruments.map((instrument) => instrument.symbol));

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, symbol: string) => {
    // Let the link handle its own clicks (incl. modifier clicks that open a new tab).
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(symbolPath(symbol));
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, symbol: string) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      void navigate(symbolPath(symbol));
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusSibling(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <div className="table-scroll">
      <table className="table instrument-table" data-testid="instrument-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            <th scope="col">Name</th>
            <th scope="col">Asset class</th>
            <th scope="col">Venue</th>
            <th scope="col">Currency</th>
            <th
              scope="col"
              className="numeric"
              title="Live price when streaming, else the last close"
            >
              Price
            </th>
            <th scope="col" className="numeric">
              Change
            </th>
            <th scope="col" title={`The last ${SPARKLINE_BARS} closes of the main series`}>
              Last {SPARKLINE_BARS}
            </th>
            <th scope="col" className="numeric">
              Bars
            </th>
            <th scope="col">Coverage</th>
          </tr>
        </thead>
        <tbody>
          {instruments.map((instrument) => {
            const series = primarySeries(instrument.series);
            const otherIntervals = sortedIntervals(instrument.series).filter(
              (interval) => interval !== series?.interval,
            );
            return (
              <tr
                key={instrument.symbol}
                className="table-row-link"
                tabIndex={0}
                data-symbol={instrument.symbol}
                aria-label={`${instrument.symbol}, ${instrument.name}`}
                onClick={(event) => onRowClick(event, instrument.symbol)}
                onKeyDown={(event) => onRowKeyDown(event, instrument.symbol)}
              >
                <th scope="row">
                  <Link to={symbolPath(instrument.symbol)} tabIndex={-1} className="symbol-link">
                    {instrument.symbol}
                  </Link>
                </th>
                <td>
                  <div>{instrument.name}</div>
                  {instrument.localName && (
                    <div className="muted local-name" lang={languageOf(instrument.localName)}>
                      {instrument.localName}
                    </div>
                  )}
                </td>
                <td>{assetClassLabel(instrument.assetClass)}</td>
                <td>{instrument.venue}</td>
                <td>{instrument.currency}</td>
                <td className="numeric">
                  <InstrumentPrice
                    lastClose={instrument.last?.close}
                    currency={instrument.currency}
                    live={livePrices[instrument.symbol]}
                  />
                </td>
                <td className="numeric">
                  <ChangeValue changePercent={instrument.last?.changePercent} />
                </td>
                <td className="sparkline-cell">
                  <InstrumentSparkline instrument={instrument} />
                </td>
                <td className="numeric">
                  {series ? formatCount(series.bars) : '—'}
                  {series && <span className="muted interval-tag"> {series.interval}</span>}
                </td>
                <td className="coverage">
                  {series?.firstBar && series.lastBar
                    ? formatYearSpan(series.firstBar, series.lastBar, instrument.timezone)
                    : '—'}
                  {otherIntervals.length > 0 && (
                    <span className="muted"> · also {otherIntervals.join(', ')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
