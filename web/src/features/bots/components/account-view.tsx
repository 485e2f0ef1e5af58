import { useState } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { ConfirmBar } from '@/components/ui/confirm-bar';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import '@/components/ui/table.css';
import { formatAmount, formatCount, formatDateTime } from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';

import { useTradingAccount } from '../api/get-trading-account';
import {
  CANCELABLE_STATES,
  WORKING_STATES,
  useAccountFills,
  useAccountOrders,
  useCancelOrder,
} from '../api/live-orders';
import type { TradingAccount, TradingFill, TradingOrder } from '../api/types';
import { formatQuantity } from '../lib/figures';
import { needsSecondFactor, orderSentence } from '../lib/live-trading';
import { BOTS_MESSAGES } from '../lib/messages';
import { TRADING_ACCOUNTS_PATH } from '../lib/paths';

import { AccountBadges, BalancesTable, HaltedBanner } from './account-balances';
import { OrderTicket } from './order-ticket';
import { SecondFactorNotice } from './second-factor-notice';
import './trading.css';

/**
 * An account's page. A live account: its balances as the exchange reports them, the order ticket,
 * its orders (read every 2 s while one works, each working one with a cancel) and its fills. A
 * paper account: its balances; it trades through bots.
 */
export function AccountView({ id, timeZone }: { id: string; timeZone: string }) {
  const t = useMessages(BOTS_MESSAGES);
  const account = useTradingAccount(id);
  if (account.isPending) return <Spinner label={t.loading} />;
  if (account.isError) {
    return (
      <>
        <ProblemAlert
          heading={t.accountFailed}
          error={account.error}
          onRetry={() => void account.refetch()}
        />
        <p>
          <Link to={TRADING_ACCOUNTS_PATH}>{t.backToAccounts}</Link>
        </p>
      </>
    );
  }
  const data = account.data;
  return (
    <div className="account-view" data-testid="account-view" data-live={data.live}>
      <title>{t.pageTitle(`${data.name} · ${t.accounts}`)}</title>
      <p className="bot-breadcrumb">
        <Link to={TRADING_ACCOUNTS_PATH}>{t.backToAccounts}</Link>
      </p>
      <h1>
        {data.name} <AccountBadges account={data} />
      </h1>
      <HaltedBanner account={data} timeZone={timeZone} />
      <section className="page-section" aria-labelledby="account-balances-heading">
        <h2 id="account-balances-heading">{t.balances}</h2>
        <BalancesTable account={data} timeZone={timeZone} />
      </section>
      {data.live ? (
        <LiveTrading account={data} timeZone={timeZone} />
      ) : (
        <p className="muted" data-testid="paper-trades-through-bots">
          {t.paperTradesThroughBots}
        </p>
      )}
    </div>
  );
}

function LiveTrading({ account, timeZone }: { account: TradingAccount; timeZone: string }) {
  const t = useMessages(BOTS_MESSAGES);
  const orders = useAccountOrders(account.id);
  const working = orders.data?.some((order) => WORKING_STATES.has(order.state)) ?? false;
  const fills = useAccountFills(account.id, working);
  return (
    <>
      <section className="page-section" aria-labelledby="order-ticket-heading">
        <h2 id="order-ticket-heading">{t.newOrder}</h2>
        <OrderTicket account={account} />
      </section>
      <section className="page-section" aria-labelledby="account-orders-heading">
        <h2 id="account-orders-heading">{t.orders(formatCount(orders.data?.length ?? 0))}</h2>
        {working && <p className="muted">{t.ordersPolling}</p>}
        {orders.isError && <ProblemAlert heading={t.accountFailed} error={orders.error} />}
        {orders.data && (
          <LiveOrdersTable account={account} orders={orders.data} timeZone={timeZone} />
        )}
      </section>
      <section className="page-section" aria-labelledby="account-fills-heading">
        <h2 id="account-fills-heading">{t.fills(formatCount(fills.data?.length ?? 0))}</h2>
        {fills.isError && <ProblemAlert heading={t.accountFailed} error={fills.error} />}
        {fills.data && <LiveFillsTable fills={fills.data} timeZone={timeZone} />}
      </section>
    </>
  );
}

function LiveOrdersTable({
  account,
  orders,
  timeZone,
}: {
  account: TradingAccount;
  orders: readonly TradingOrder[];
  timeZone: string;
}) {
  const t = useMessages(BOTS_MESSAGES);
  const cancel = useCancelOrder(account.id);
  const [asking, setAsking] = useState<string | undefined>();
  if (orders.length === 0) return <EmptyState title={t.noOrders} />;
  const askedOrder = orders.find((order) => order.id === asking);
  const newestFirst = [...orders].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      {askedOrder && (
        <ConfirmBar
          testId="cancel-order-confirm"
          question={t.cancelQuestion(orderSentence(t, account, askedOrder))}
          confirmLabel={t.cancelConfirm}
          busyLabel={t.canceling}
          cancelLabel={t.keepOrder}
          busy={cancel.isPending}
          onConfirm={() => cancel.mutate(askedOrder.id, { onSuccess: () => setAsking(undefined) })}
          onCancel={() => {
            setAsking(undefined);
            cancel.reset();
          }}
        />
      )}
      {cancel.isError &&
        (needsSecondFactor(cancel.error) ? (
          <SecondFactorNotice />
        ) : (
          <ProblemAlert heading={t.cancelFailed} error={cancel.error} />
        ))}
      <div className="table-scroll trading-table-scroll">
        <table className="table" data-testid="account-orders">
          <thead>
            <tr>
              <th scope="col">{t.time}</th>
              <th scope="col">{t.symbol}</th>
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
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((order) => (
              <tr
                key={order.id}
                data-order-id={order.id}
                data-order-state={order.state}
                data-imported={order.imported}
              >
                <td>{formatDateTime(order.createdAt, timeZone)}</td>
                <td>{order.symbol}</td>
                <td>{order.side === 'SELL' ? t.sell : t.buy}</td>
                <td>{order.type === 'MARKET' ? t.marketOrder : t.limit}</td>
                <td className="numeric">{formatQuantity(order.quantity)}</td>
                <td className="numeric">{formatQuantity(order.limitPrice ?? order.stopPrice)}</td>
                <td className="numeric">{formatQuantity(order.filledQuantity)}</td>
                <td>
                  <span
                    className={`order-state order-state-${order.state.toLowerCase()}`}
                    title={order.state === 'UNKNOWN' ? t.orderUnknown : undefined}
                  >
                    {t.orderStates[order.state] ?? order.state}
                  </span>{' '}
                  {order.imported && (
                    <span className="imported-badge" title={t.importedHelp}>
                      {t.imported}
                    </span>
                  )}
                </td>
                <td className="order-reason">
                  {order.state === 'UNKNOWN' ? t.orderUnknown : order.reason}
                </td>
                <td>
                  {CANCELABLE_STATES.has(order.state) && (
                    <Button
                      variant="ghost"
                      disabled={cancel.isPending}
                      onClick={() => {
                        cancel.reset();
                        setAsking(order.id);
                      }}
                    >
                      {t.cancelOrder}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function LiveFillsTable({ fills, timeZone }: { fills: readonly TradingFill[]; timeZone: string }) {
  const t = useMessages(BOTS_MESSAGES);
  if (fills.length === 0) return <EmptyState title={t.noFills} />;
  return (
    <div className="table-scroll trading-table-scroll">
      <table className="table" data-testid="account-fills">
        <thead>
          <tr>
            <th scope="col">{t.time}</th>
            <th scope="col">{t.symbol}</th>
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
          {fills.map((fill) => (
            <tr key={fill.id}>
              <td>{formatDateTime(fill.filledAt, timeZone)}</td>
              <td>{fill.symbol}</td>
              <td>{fill.side === 'SELL' ? t.sell : t.buy}</td>
              <td className="numeric">{formatQuantity(fill.quantity)}</td>
              <td className="numeric">{formatQuantity(fill.price)}</td>
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
