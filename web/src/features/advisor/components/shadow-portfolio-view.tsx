import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { toProblem } from '@/lib/api/problem';
import {
  changeDirection,
  formatCount,
  formatDate,
  formatDateTime,
  formatFraction,
  formatPercent,
  formatPrice,
} from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';

import { useShadowPortfolio } from '../api/get-shadow-portfolio';
import { useRemoveCall } from '../api/remove-call';
import type {
  CalibrationBand,
  CallOutcome,
  HorizonRecord,
  Scorecard,
  ShadowReport,
} from '../api/types';
import { ADVISOR_PATH } from '../lib/paths';
import { formatConfidence } from '../lib/shadow-curve';
import { SHADOW_MESSAGES } from '../lib/shadow-messages';

import { ShadowPerformanceChart } from './shadow-performance-chart';

import '@/components/ui/table.css';
import './shadow-portfolio.css';

/** A rate in percent points (66.67) as `66.67%`, without a sign. */
function formatRate(value: number | null | undefined): string {
  return formatFraction(value === null || value === undefined ? value : value / 100);
}

/** The shadow portfolio: its record, the calls it tracks, and how they fared. */
export function ShadowPortfolioView({ timeZone }: { timeZone: string }) {
  const t = useMessages(SHADOW_MESSAGES);
  const report = useShadowPortfolio();
  if (report.isPending) return <Spinner label={t.loading} />;
  if (report.isError) {
    return (
      <ProblemAlert
        heading={t.loadFailed}
        error={report.error}
        onRetry={() => void report.refetch()}
      />
    );
  }
  return <Report report={report.data} timeZone={timeZone} />;
}

function Report({ report, timeZone }: { report: ShadowReport; timeZone: string }) {
  const t = useMessages(SHADOW_MESSAGES);
  if (report.calls.length === 0) {
    return (
      <div data-testid="shadow-empty">
        <EmptyState title={t.empty}>
          <p>{t.emptyBody}</p>
          <p>
            <Link to={ADVISOR_PATH}>{t.askAdvisor}</Link>
          </p>
        </EmptyState>
      </div>
    );
  }
  const { scorecard } = report;
  return (
    <div className="shadow-portfolio" data-testid="shadow-portfolio">
      <p className="muted" data-testid="shadow-as-of">
        {t.asOf(formatDateTime(report.asOf, timeZone))}
      </p>
      <Summary scorecard={scorecard} />
      <section className="page-section" aria-labelledby="shadow-calls-heading">
        <h2 id="shadow-calls-heading">{t.callsHeading}</h2>
        <CallsTable calls={report.calls} timeZone={timeZone} />
      </section>
      <section className="page-section" aria-labelledby="shadow-performance-heading">
        <h2 id="shadow-performance-heading">{t.performance}</h2>
        <p className="muted">{t.performanceHelp}</p>
        {scorecard.curve.length === 0 ? (
          <p className="muted" data-testid="shadow-no-curve">
            {t.noneClosed}
          </p>
        ) : (
          <>
            <ShadowPerformanceChart
              points={scorecard.curve}
              description={t.chartDescription(scorecard.closed)}
            />
            <p className="shadow-legend" aria-hidden="true">
              <span className="shadow-legend-calls">{t.legendCalls}</span>
              <span className="shadow-legend-hold">{t.legendBuyAndHold}</span>
            </p>
          </>
        )}
      </section>
      <section className="page-section" aria-labelledby="shadow-horizon-heading">
        <h2 id="shadow-horizon-heading">{t.byHorizon}</h2>
        <HorizonTable records={scorecard.byHorizon} />
      </section>
      <section className="page-section" aria-labelledby="shadow-calibration-heading">
        <h2 id="shadow-calibration-heading">{t.calibration}</h2>
        <p className="muted">{t.calibrationHelp}</p>
        <CalibrationTable bands={scorecard.calibration} />
      </section>
    </div>
  );
}

function Summary({ scorecard }: { scorecard: Scorecard }) {
  const t = useMessages(SHADOW_MESSAGES);
  return (
    <section className="page-section" aria-labelledby="shadow-summary-heading">
      <h2 id="shadow-summary-heading">{t.summary}</h2>
      <dl className="shadow-figures" data-testid="shadow-summary">
        <Figure name="calls" label={t.callCount} value={formatCount(scorecard.calls)} />
        <Figure name="open" label={t.open} value={formatCount(scorecard.open)} />
        <Figure name="closed" label={t.closed} value={formatCount(scorecard.closed)} />
        <Figure name="hitRate" label={t.hitRate} value={formatRate(scorecard.hitRate)} />
        <Figure
          name="averageReturn"
          label={t.averageReturn}
          value={formatPercent(scorecard.averageReturn)}
          direction={changeDirection(scorecard.averageReturn)}
        />
        <Figure
          name="averageBuyAndHold"
          label={t.averageBuyAndHold}
          value={formatPercent(scorecard.averageBuyAndHold)}
          direction={changeDirection(scorecard.averageBuyAndHold)}
        />
      </dl>
      <p className="muted">{t.scoredOnClosed}</p>
    </section>
  );
}

function Figure({
  name,
  label,
  value,
  direction,
}: {
  name: string;
  label: string;
  value: string;
  direction?: string;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={direction} data-testid={`summary-${name}`}>
        {value}
      </dd>
    </div>
  );
}

function CallsTable({ calls, timeZone }: { calls: readonly CallOutcome[]; timeZone: string }) {
  const t = useMessages(SHADOW_MESSAGES);
  const remove = useRemoveCall();
  return (
    <>
      {remove.isError && (
        <p className="signal-error" role="alert" data-testid="remove-error">
          {t.removeFailed} {toProblem(remove.error).detail ?? toProblem(remove.error).title}
        </p>
      )}
      <div className="table-scroll">
        <table className="table" data-testid="shadow-calls-table">
          <thead>
            <tr>
              <th scope="col">{t.symbol}</th>
              <th scope="col">{t.stance}</th>
              <th scope="col">{t.opened}</th>
              <th scope="col" className="numeric">
                {t.openPrice}
              </th>
              <th scope="col">{t.closesAt}</th>
              <th scope="col" className="numeric">
                {t.latestPrice}
              </th>
              <th scope="col" className="numeric">
                {t.callReturn}
              </th>
              <th scope="col" className="numeric">
                {t.buyAndHold}
              </th>
              <th scope="col">{t.status}</th>
              <th scope="col">
                <span className="visually-hidden">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => {
              const currency = call.currency ?? '';
              const removing = remove.isPending && remove.variables === call.id;
              return (
                <tr
                  key={call.id}
                  data-testid="shadow-call"
                  data-call-id={call.id}
                  data-symbol={call.symbol}
                  data-status={call.status}
                >
                  <th scope="row">{call.symbol}</th>
                  <td>
                    <span className={`signal-stance signal-stance-${call.stance.toLowerCase()}`}>
                      {t.stances[call.stance]}
                    </span>{' '}
                    <span className="muted">
                      {formatConfidence(call.confidence)} · {t.days(call.horizonDays)}
                    </span>
                  </td>
                  <td>{formatDateTime(call.pricedAt, timeZone)}</td>
                  <td className="numeric">{formatPrice(call.entryPrice, currency)}</td>
                  <td data-testid="call-closes">{formatDate(closesAt(call), timeZone)}</td>
                  <td className="numeric">
                    {formatPrice(call.exitPrice, currency)}{' '}
                    <span className="muted">{formatDate(call.exitAt, timeZone)}</span>
                  </td>
                  <td
                    className={`numeric ${changeDirection(call.callReturn)}`}
                    data-testid="call-return"
                  >
                    {formatPercent(call.callReturn)}
                  </td>
                  <td className={`numeric ${changeDirection(call.buyAndHoldReturn)}`}>
                    {formatPercent(call.buyAndHoldReturn)}
                  </td>
                  <td data-testid="call-status">
                    {t.statuses[call.status]}
                    {call.status === 'CLOSED' && call.hit !== undefined && (
                      <> · {call.hit ? t.right : t.wrong}</>
                    )}
                  </td>
                  <td>
                    <Button
                      variant="ghost"
                      data-testid="remove-call"
                      aria-label={t.removeCall(call.symbol)}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(call.id)}
                    >
                      {removing ? t.removing : t.remove}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function HorizonTable({ records }: { records: readonly HorizonRecord[] }) {
  const t = useMessages(SHADOW_MESSAGES);
  if (records.length === 0) return <p className="muted">{t.noneClosed}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="shadow-by-horizon">
        <thead>
          <tr>
            <th scope="col">{t.horizon}</th>
            <th scope="col" className="numeric">
              {t.callCount}
            </th>
            <th scope="col" className="numeric">
              {t.hits}
            </th>
            <th scope="col" className="numeric">
              {t.hitRate}
            </th>
            <th scope="col" className="numeric">
              {t.averageReturn}
            </th>
            <th scope="col" className="numeric">
              {t.averageBuyAndHold}
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.horizonDays} data-horizon={record.horizonDays}>
              <th scope="row">{t.days(record.horizonDays)}</th>
              <td className="numeric">{formatCount(record.calls)}</td>
              <td className="numeric">{formatCount(record.hits)}</td>
              <td className="numeric">{formatRate(record.hitRate)}</td>
              <td className={`numeric ${changeDirection(record.averageReturn)}`}>
                {formatPercent(record.averageReturn)}
              </td>
              <td className={`numeric ${changeDirection(record.averageBuyAndHold)}`}>
                {formatPercent(record.averageBuyAndHold)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CalibrationTable({ bands }: { bands: readonly CalibrationBand[] }) {
  const t = useMessages(SHADOW_MESSAGES);
  if (bands.length === 0) return <p className="muted">{t.noneClosed}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="shadow-calibration">
        <thead>
          <tr>
            <th scope="col">{t.band}</th>
            <th scope="col" className="numeric">
              {t.callCount}
            </th>
            <th scope="col" className="numeric">
              {t.statedConfidence}
            </th>
            <th scope="col" className="numeric">
              {t.realisedHitRate}
            </th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={`${band.from}-${band.to}`} data-band={`${band.from}-${band.to}`}>
              <th scope="row">{t.bandRange(band.from, band.to)}</th>
              <td className="numeric">{formatCount(band.calls)}</td>
              <td className="numeric">{formatRate(band.statedConfidence)}</td>
              <td className="numeric">{formatRate(band.hitRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * When a call is scored: its horizon after the price it was made at (the server closes it at the
 * first daily close from then on). An open call's latest close is shown beside its price instead.
 */
function closesAt(call: CallOutcome): string {
  return new Date(Date.parse(call.pricedAt) + call.horizonDays * 86_400_000).toISOString();
}
