import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import '@/components/ui/table.css';
import {
  changeDirection,
  currencyDecimals,
  formatAmount,
  formatCount,
  formatDateTime,
  formatMoney,
  formatSignedMoney,
} from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';

import { useBotBars } from '../api/get-bars';
import { useBot } from '../api/get-bot';
import { useBotEquity, useBotFills, useBotOrders } from '../api/get-bot-activity';
import type { Bot, TradingFill, TradingOrder } from '../api/types';
import { botPnl, formatQuantity } from '../lib/figures';
import { BOTS_MESSAGES } from '../lib/messages';
import { BOTS_PATH } from '../lib/paths';

import { BotControls } from './bot-controls';
import { BotEquityChart } from './bot-equity-chart';
import { BotProgress } from './bot-list';
import { BotLiveBadge } from './bot-live-badge';
import { BotPriceChart } from './bot-price-chart';
import { BotStateBadge } from './bot-state-badge';
import './trading.css';

/** A bot's page: its status polled every second while it runs, its curve, trades and orders. */
export function BotView({ id, timeZone }: { id: string; timeZone: string }) {
  const t = useMessages(BOTS_MESSAGES);
  const bot = useBot(id);
  if (bot.isPending) return <Spinner label={t.loading} />;
  if (bot.isError) {
    return (
      <>
        <ProblemAlert heading={t.botFailed} error={bot.error} onRetry={() => void bot.refetch()} />
        <p>
          <Link to={BOTS_PATH}>{t.backToBots}</Link>
        </p>
      </>
    );
  }
  return <BotDetail bot={bot.data} timeZone={timeZone} />;
}

const ENDED = new Set(['STOPPED', 'FAILED', 'FINISHED']);

export function BotDetail({ bot, timeZone }: { bot: Bot; timeZone: string }) {
  const t = useMessages(BOTS_MESSAGES);
  const running = bot.state === 'RUNNING';
  const equity = useBotEquity(bot.id, running);
  const orders = useBotOrders(bot.id, running, ENDED.has(bot.state));
  const fills = useBotFills(bot.id, running);
  const points = equity.data?.points ?? [];
  const first = points[0]?.time;
  const bars = useBotBars(
    first && bot.lastBarAt && first < bot.lastBarAt
      ? { symbol: bot.symbol, interval: bot.interval, from: first, to: bot.lastBarAt }
      : undefined,
  );
  const precision = currencyDecimals(bot.currency);
  const pnl = botPnl(bot);
  const money = (value: number | undefined) => formatMoney(value, bot.currency);

  return (
    <div
      className="bot-view"
      data-testid="bot-view"
      data-bot-id={bot.id}
      data-state={bot.state}
      data-live={bot.live}
    >
      <title>{t.pageTitle(`${bot.name} · ${t.bots}`)}</title>
      <p className="bot-breadcrumb">
        <Link to={BOTS_PATH}>{t.backToBots}</Link>
      </p>
      <header className="bot-headline">
        <div>
          <h1>{bot.name}</h1>
          <p className="muted">
            {bot.strategy} · {bot.symbol} {bot.interval} ·{' '}
            {Object.entries(bot.params)
              .map(([name, value]) => `${name} ${value}`)
              .join(', ')}
          </p>
          <p>
            <BotStateBadge state={bot.state} />{' '}
            {bot.live && (
              <>
                <BotLiveBadge bot={bot} />{' '}
              </>
            )}
            <BotProgress bot={bot} />
          </p>
          {running && <p className="muted">{t.live}</p>}
        </div>
        <dl className="bot-equity-summary">
          <div>
            <dt>{t.equity}</dt>
            <dd data-testid="bot-equity">{money(bot.equity)}</dd>
          </div>
          <div>
            <dt>{t.pnl}</dt>
            <dd className={changeDirection(pnl)} data-testid="bot-pnl">
              {formatSignedMoney(pnl, bot.currency)}
            </dd>
          </div>
        </dl>
      </header>

      {ENDED.has(bot.state) && bot.stateReason && (
        <div
          className={`bot-reason bot-reason-${bot.state.toLowerCase()}`}
          role={bot.state === 'FAILED' ? 'alert' : 'status'}
          data-testid="bot-state-reason"
        >
          <strong>
            {t.states[bot.state]} · {t.reason}:
          </strong>{' '}
          {bot.stateReason}
        </div>
      )}

      <BotControls bot={bot} />

      <section className="page-section" aria-labelledby="bot-figures-heading">
        <h2 id="bot-figures-heading">{t.figures}</h2>
        <dl className="bot-figures" data-testid="bot-figures">
          <Figure label={t.position} value={formatQuantity(bot.positionQuantity)} name="position" />
          <Figure
            label={t.averagePrice}
            value={formatAmount(bot.averagePrice, bot.currency)}
            name="averagePrice"
          />
          <Figure label={t.cash} value={money(bot.cash)} name="cash" />
          <Figure label={t.equity} value={money(bot.equity)} name="equity" />
          <Figure
            label={t.realisedPnl}
            value={formatSignedMoney(bot.realisedPnl, bot.currency)}
            name="realisedPnl"
            direction={changeDirection(bot.realisedPnl)}
          />
          <Figure
            label={t.unrealisedPnl}
            value={formatSignedMoney(bot.unrealisedPnl, bot.currency)}
            name="unrealisedPnl"
            direction={changeDirection(bot.unrealisedPnl)}
          />
          <Figure label={t.fees} value={money(bot.fees)} name="fees" />
          <Figure label={t.openOrders} value={formatCount(bot.openOrders)} name="openOrders" />
          <Figure
            label={t.lastPrice}
            value={formatAmount(bot.lastPrice, bot.currency)}
            name="lastPrice"
          />
          <Figure
            label={t.lastBar}
            value={formatDateTime(bot.lastBarAt, timeZone)}
            name="lastBarAt"
          />
          <Figure label={t.capital} value={money(bot.capital)} name="capital" />
          <Figure label={t.limitsSet} value={limitsText(bot, t.noLimits)} name="limits" />
        </dl>
      </section>

      <section className="page-section" aria-labelledby="bot-equity-heading">
        <h2 id="bot-equity-heading">{t.equityChart}</h2>
        {equity.isError && <ProblemAlert heading={t.botFailed} error={equity.error} />}
        {points.length === 0 && !equity.isPending && (
          <p className="muted">{bot.live ? t.liveEquityEmpty : t.equityEmpty}</p>
        )}
        <BotEquityChart
          points={points}
          precision={precision}
          description={bot.live ? t.liveEquityChartLabel(bot.name) : t.equityChartLabel(bot.name)}
        />
      </section>

      <section className="page-section" aria-labelledby="bot-price-heading">
        <h2 id="bot-price-heading">{t.priceChart}</h2>
        {bars.isError && <ProblemAlert heading={t.botFailed} error={bars.error} />}
        {!bars.data && <p className="muted">{bot.live ? t.livePriceEmpty : t.priceEmpty}</p>}
        <BotPriceChart
          bars={bars.data?.bars ?? []}
          fills={fills.data ?? []}
          precision={precision}
          description={bot.live ? t.livePriceChartLabel(bot.symbol) : t.priceChartLabel(bot.symbol)}
        />
      </section>

      <section className="page-section" aria-labelledby="bot-orders-heading">
        <h2 id="bot-orders-heading">{t.orders(formatCount(orders.data?.length ?? 0))}</h2>
        {orders.isError && <ProblemAlert heading={t.botFailed} error={orders.error} />}
        {orders.data && <OrdersTable orders={orders.data} timeZone={timeZone} bot={bot} />}
      </section>

      <section className="page-section" aria-labelledby="bot-fills-heading">
        <h2 id="bot-fills-heading">{t.fills(formatCount(fills.data?.length ?? 0))}</h2>
        {fills.isError && <ProblemAlert heading={t.botFailed} error={fills.error} />}
        {fills.data && <FillsTable fills={fills.data} timeZone={timeZone} />}
      </section>
    </div>
  );
}

function limitsText(bot: Bot, none: string): string {
  // An empty list of allowed symbols means none is checked, as a missing limit does.
  const set = Object.entries(bot.limits).filter(
    ([, value]) =>
      value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
  );
  if (set.length === 0) return none;
  return set
    .map(([name, value]) => `${name} ${Array.isArray(value) ? value.join(' ') : String(value)}`)
    .join(', ');
}

interface FigureProps {
  label: string;
  value: string;
  name: string;
  direction?: string;
}

function Figure({ label, value, name, direction }: FigureProps) {
  return (
    <div data-figure={name}>
      <dt>{label}</dt>
      <dd className={direction}>{value}</dd>
    </div>
  );
}

function OrdersTable({
  orders,
  timeZone,
  bot,
}: {
  orders: readonly TradingOrder[];
  timeZone: string;
  bot: Bot;
}) {
  const t = useMessages(BOTS_MESSAGES);
  if (orders.length === 0) return <EmptyState title={t.noOrders} />;
  // Newest first: the orders that matter while a bot runs are the latest.
  const newestFirst = [...orders].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <div className="table-scroll trading-table-scroll">
      <table className="table" data-testid="bot-orders">
        <thead>
          <tr>
            <th scope="col">{t.time}</th>
            <th scope="col">{t.side}</th>
            <th scope="col">{t.type}</th>
            <th scope="col" className="numeric">
              {t.quantity}
            </th>
            <th scope="col" className="numeric">
              {t.price}
            </th>
            <th scope="col" className="numeric">
              {t.filled}
            </th>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.reason}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((order) => (
            <tr key={order.id} data-order-state={order.state}>
              <td>{formatDateTime(order.createdAt, timeZone)}</td>
              <td>{order.side}</td>
              <td>{order.type}</td>
              <td className="numeric">{formatQuantity(order.quantity)}</td>
              <td className="numeric">
                {formatAmount(order.limitPrice ?? order.stopPrice, bot.currency)}
              </td>
              <td className="numeric">{formatQuantity(order.filledQuantity)}</td>
              <td>
                <span className={`order-state order-state-${order.state.toLowerCase()}`}>
                  {t.orderStates[order.state] ?? order.state}
                </span>
              </td>
              <td className="order-reason">{order.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FillsTable({ fills, timeZone }: { fills: readonly TradingFill[]; timeZone: string }) {
  const t = useMessages(BOTS_MESSAGES);
  if (fills.length === 0) return <EmptyState title={t.noFills} />;
  const newestFirst = [...fills].reverse();
  return (
    <div className="table-scroll trading-table-scroll">
      <table className="table" data-testid="bot-fills">
        <thead>
          <tr>
            <th scope="col">{t.time}</th>
            <th scope="col">{t.side}</th>
            <th scope="col" className="numeric">
              {t.quantity}
            </th>
            <th scope="col" className="numeric">
              {t.price}
            </th>
            <th scope="col" className="numeric">
              {t.fee}
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((fill) => (
            <tr key={fill.id}>
              <td>{formatDateTime(fill.filledAt, timeZone)}</td>
              <td>{fill.side}</td>
              <td className="numeric">{formatQuantity(fill.quantity)}</td>
              <td className="numeric">{formatAmount(fill.price, fill.feeCurrency)}</td>
              <td className="numeric">
                {formatAmount(fill.fee, fill.feeCurrency)} {fill.feeCurrency}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
