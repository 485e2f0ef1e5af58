import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { ApiError } from '@/lib/api/problem';

import { useInstrument } from '../api/get-instrument';

import { ChartPanel } from './chart-panel';
import { InstrumentFacts } from './instrument-facts';
import { SymbolHeader } from './symbol-header';
import './symbol-view.css';

/** The symbol page: header, chart with range and interval controls, and the facts panel. */
export function SymbolView({ symbol }: { symbol: string }) {
  const instrument = useInstrument(symbol);

  if (instrument.isPending) {
    return <Spinner label={`Loading ${symbol}…`} />;
  }

  if (instrument.isError) {
    if (instrument.error instanceof ApiError && instrument.error.status === 404) {
      return (
        <div className="symbol-not-found" data-testid="symbol-not-found">
          <title>{`${symbol} not found · Sage`}</title>
          <h1>No instrument named {symbol}</h1>
          <p className="muted">
            Sage has no instrument with that symbol or alias. Search the market list for it.
          </p>
          <p>
            <Link to="/markets">Back to Markets</Link>
          </p>
        </div>
      );
    }
    return (
      <ProblemAlert
        heading={`Could not load ${symbol}`}
        error={instrument.error}
        onRetry={() => void instrument.refetch()}
      />
    );
  }

  const data = instrument.data;
  return (
    <div className="symbol-view">
      <title>{`${data.symbol} ${data.name} · Sage`}</title>
      <p className="symbol-breadcrumb">
        <Link to="/markets">← Markets</Link>
      </p>
      <SymbolHeader instrument={data} />
      <div className="symbol-body">
        <ChartPanel instrument={data} />
        <InstrumentFacts instrument={data} />
      </div>
    </div>
  );
}
