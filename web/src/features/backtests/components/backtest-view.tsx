import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { ApiError } from '@/lib/api/problem';
import {
  changeDirection,
  currencyDecimals,
  formatCount,
  formatDate,
  formatDateTime,
  formatFraction,
  formatMoney,
} from '@/lib/format';

import { useBacktest } from '../api/get-backtest';
import { useBars } from '../api/get-bars';
import { useInstruments } from '../api/get-instruments';
import type { Backtest, Instrument } from '../api/types';
import { intervalDescription, isIntraday } from '../lib/intervals';
import { BACKTESTS_PATH, paperBotPath } from '../lib/paths';
import { pricePrecision } from '../lib/price-precision';

import { EquityChart } from './equity-chart';
import { FillsTable } from './fills-table';
import { MetricsTable } from './metrics-table';
import { MonteCarloTable } from './monte-carlo-table';
import { TradeChart } from './trade-chart';
import { TradesTable } from './trades-table';
import './backtest-view.css';

/** One kept backtest: headline, metrics against buy-and-hold, curves, trades on the price chart. */
export function BacktestView({ id }: { id: string }) {
  const backtest = useBacktest(id);
  const instruments = useInstruments();

  if (backtest.isPending || instruments.isPending) {
    return <Spinner label="Loading the backtest…" />;
  }
  if (backtest.isError) {
    if (backtest.error instanceof ApiError && backtest.error.status === 404) {
      return (
        <div data-testid="backtest-not-found">
          <title>Backtest not found · Sage</title>
          <h1>No backtest with this id</h1>
          <p className="muted">It may have been deleted.</p>
          <p>
            <Link to={BACKTESTS_PATH}>Back to Backtests</Link>
          </p>
        </div>
      );
    }
    return (
      <ProblemAlert
        heading="Could not load the backtest"
        error={backtest.error}
        onRetry={() => void backtest.refetch()}
      />
    );
  }
  // The instrument gives the time zone and tick; without it times are shown in UTC.
  const instrument = instruments.data?.items.find((item) => item.symbol === backtest.data.symbol);
  return <BacktestResult backtest={backtest.data} instrument={instrument} />;
}

interface BacktestResultProps {
  backtest: Backtest;
  instrument: Instrument | undefined;
}

export function BacktestResult({ backtest, instrument }: BacktestResultProps) {
  const timeZone = instrument?.timezone ?? 'UTC';
  const when = isIntraday(backtest.interval) ? formatDateTime : formatDate;
  const range = `${when(backtest.firstBar, timeZone)} – ${when(backtest.lastBar, timeZone)}`;
  const profit = backtest.finalEquity - backtest.cash;
  const params = Object.entries(backtest.params)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');

  return (
    <div className="backtest-view" data-testid="backtest-view" data-backtest-id={backtest.id}>
      <title>{`${backtest.strategy} on ${backtest.symbol} · Backtests · Sage`}</title>
      <p className="backtest-breadcrumb">
        <Link to={BACKTESTS_PATH}>← Backtests</Link>
      </p>
      <header className="backtest-headline">
        <div>
          <h1>
            {backtest.strategy} on <span className="backtest-symbol">{backtest.symbol}</span>
          </h1>
          <p className="muted" data-testid="backtest-range">
            {range} · {formatCount(backtest.bars)} {intervalDescription(backtest.interval)}
            {instrument && <> · {instrument.name}</>}
          </p>
          <p className="muted backtest-params">
            {params} · commission {formatFraction(backtest.commission)} · ran in{' '}
            {formatCount(backtest.tookMillis)} ms
          </p>
          <p>
            <Link to={paperBotPath(backtest)} data-testid="run-as-paper-bot">
              Run as paper bot
            </Link>
          </p>
        </div>
        <dl className="backtest-equity" data-testid="backtest-equity">
          <div>
            <dt>Final equity</dt>
            <dd className={changeDirection(profit)}>
              {formatMoney(backtest.finalEquity, backtest.currency)}
            </dd>
          </div>
          <div>
            <dt>Starting cash</dt>
            <dd>{formatMoney(backtest.cash, backtest.currency)}</dd>
          </div>
          <div>
            <dt>Total return</dt>
            <dd className={changeDirection(backtest.performance.totalReturn)}>
              {formatFraction(backtest.performance.totalReturn, { signed: true })}
            </dd>
          </div>
        </dl>
      </header>

      {backtest.rejections.length > 0 && (
        <details className="backtest-rejections" data-testid="backtest-rejections">
          <summary>
            The simulator refused {formatCount(backtest.rejections.length)}{' '}
            {backtest.rejections.length === 1 ? 'order' : 'orders'}, first: {backtest.rejections[0]}
          </summary>
          <ul>
            {backtest.rejections.map((rejection, index) => (
              <li key={`${index}-${rejection}`}>{rejection}</li>
            ))}
          </ul>
        </details>
      )}

      <div className="backtest-body">
        <section aria-labelledby="bt-metrics-heading" className="backtest-metrics">
          <h2 id="bt-metrics-heading">Performance</h2>
          <MetricsTable
            performance={backtest.performance}
            buyAndHold={backtest.buyAndHold}
            currency={backtest.currency}
          />
          <h3 id="bt-monte-carlo-heading">Monte Carlo of the trades</h3>
          <MonteCarloTable
            monteCarlo={backtest.monteCarlo}
            barMaxDrawdown={backtest.performance.maxDrawdown}
            currency={backtest.currency}
          />
        </section>
        <section aria-labelledby="bt-equity-heading" className="backtest-curves">
          <h2 id="bt-equity-heading">Equity and drawdown</h2>
          <p className="muted chart-legend">
            <span className="legend-swatch legend-strategy" aria-hidden="true" /> Strategy{' '}
            <span className="legend-swatch legend-buy-and-hold" aria-hidden="true" /> Buy and hold{' '}
            <span className="legend-swatch legend-drawdown" aria-hidden="true" /> Drawdown (% below
            the peak)
          </p>
          <EquityChart
            curve={backtest.curve}
            interval={backtest.interval}
            timeZone={timeZone}
            precision={currencyDecimals(backtest.currency)}
            description={`Equity of ${backtest.strategy} and of buy and hold on ${backtest.symbol}, ${range}, with the strategy's drawdown below.`}
          />
        </section>
      </div>

      <section aria-labelledby="bt-price-heading">
        <h2 id="bt-price-heading">Trades on the price chart</h2>
        <PricePanel backtest={backtest} instrument={instrument} timeZone={timeZone} range={range} />
      </section>

      <div className="backtest-tables">
        <section aria-labelledby="bt-trades-heading">
          <h2 id="bt-trades-heading">Trades ({formatCount(backtest.trades.length)})</h2>
          <TradesTable
            trades={backtest.trades}
            currency={backtest.currency}
            interval={backtest.interval}
            timeZone={timeZone}
          />
        </section>
        <section aria-labelledby="bt-fills-heading">
          <h2 id="bt-fills-heading">Fills ({formatCount(backtest.fills.length)})</h2>
          <FillsTable
            fills={backtest.fills}
            currency={backtest.currency}
            interval={backtest.interval}
            timeZone={timeZone}
          />
        </section>
      </div>
    </div>
  );
}

interface PricePanelProps {
  backtest: Backtest;
  instrument: Instrument | undefined;
  timeZone: string;
  range: string;
}

function PricePanel({ backtest, instrument, timeZone, range }: PricePanelProps) {
  const bars = useBars({
    symbol: backtest.symbol,
    interval: backtest.interval,
    from: backtest.firstBar,
    to: backtest.lastBar,
  });
  if (bars.isPending) return <Spinner label="Loading the price history…" />;
  if (bars.isError) {
    return (
      <ProblemAlert
        heading="Could not load the price history"
        error={bars.error}
        onRetry={() => void bars.refetch()}
      />
    );
  }
  return (
    <TradeChart
      bars={bars.data.bars}
      fills={backtest.fills}
      interval={backtest.interval}
      timeZone={timeZone}
      precision={pricePrecision(instrument, backtest.currency)}
      description={`${backtest.symbol} candlesticks, ${range}, with ${backtest.fills.length} fills marked: buys below the bars, sells above.`}
    />
  );
}
