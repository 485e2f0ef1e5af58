import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NavigationType, useNavigationType, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';

import { useInstruments } from '../api/get-instruments';

import { InstrumentTable } from './instrument-table';
import { UpstreamMatches } from './upstream-matches';
import './instrument-browser.css';

export const SEARCH_DEBOUNCE_MS = 250;

/** Search box and instrument table; the search lives in the URL (?q=) so results can be linked. */
export function InstrumentBrowser() {
  const [searchParams, setSearchParams] = useSearchParams();
  const navigationType = useNavigationType();
  const urlQuery = searchParams.get('q') ?? '';
  const [text, setText] = useState(urlQuery);
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tableArea = useRef<HTMLDivElement>(null);

  // Back/forward or a nav link changed ?q=: show it in the box. Our own debounced writes use
  // REPLACE and must not overwrite what the user typed since.
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    if (navigationType !== NavigationType.Replace) setText(urlQuery);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const onChange = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const trimmed = value.trim();
      setSearchParams(trimmed ? { q: trimmed } : {}, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    const firstRow = tableArea.current?.querySelector<HTMLTableRowElement>('tbody tr');
    if (firstRow) {
      event.preventDefault();
      firstRow.focus();
    }
  };

  const instruments = useInstruments(urlQuery);
  const items = instruments.data?.items ?? [];
  const total = instruments.data?.total ?? items.length;

  return (
    <div className="instrument-browser">
      <div className="instrument-search">
        <input
          type="search"
          className="instrument-search-input"
          aria-label="Search instruments"
          aria-describedby="instrument-search-hint"
          placeholder="Search by symbol, name or alias (e.g. SPY, 삼성, BTC)"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onSearchKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        <p id="instrument-search-hint" className="muted instrument-search-hint">
          Matches symbols, English and Korean names, and aliases. Press ↓ to move to the results.
        </p>
      </div>

      <div ref={tableArea} className="instrument-results" aria-busy={instruments.isFetching}>
        {instruments.isPending ? (
          <Spinner label="Loading instruments…" />
        ) : instruments.isError ? (
          <ProblemAlert
            heading="Could not load instruments"
            error={instruments.error}
            onRetry={() => void instruments.refetch()}
          />
        ) : items.length === 0 ? (
          urlQuery ? (
            <EmptyState title={`No instruments match “${urlQuery}”.`}>
              Try a symbol (005930), an alias (005930.KS) or part of a name.
            </EmptyState>
          ) : (
            <EmptyState title="No instruments yet.">
              The server lists instruments once its bundled data import has finished.
            </EmptyState>
          )
        ) : (
          <InstrumentTable
            instruments={items}
            caption={
              urlQuery
                ? `${total} ${total === 1 ? 'instrument matches' : 'instruments match'} “${urlQuery}”`
                : `${total} ${total === 1 ? 'instrument' : 'instruments'}`
            }
          />
        )}
      </div>
      {urlQuery && <UpstreamMatches query={urlQuery} />}
    </div>
  );
}
