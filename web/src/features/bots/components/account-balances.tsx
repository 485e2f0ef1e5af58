import '@/components/ui/table.css';
import { formatAmount, formatDateTime } from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';

import type { TradingAccount } from '../api/types';
import { venueName } from '../lib/live-trading';
import { BOTS_MESSAGES } from '../lib/messages';

import './trading.css';

/** "Live · Binance · Key vmPU…A31A", or the paper venue. */
export function AccountBadges({ account }: { account: TradingAccount }) {
  const t = useMessages(BOTS_MESSAGES);
  if (!account.live) {
    return (
      <span className="muted" data-testid="account-venue">
        · {account.venue}
      </span>
    );
  }
  return (
    <>
      <span className="live-badge" data-testid="live-badge">
        {t.liveBadge}
      </span>{' '}
      <span className="muted" data-testid="account-venue">
        {venueName(t, account.venue)}
        {account.keyHint && <> · {t.keyHint(account.keyHint)}</>}
      </span>
    </>
  );
}

/** A halted banner while the exchange bans the account's trading. */
export function HaltedBanner({ account, timeZone }: { account: TradingAccount; timeZone: string }) {
  const t = useMessages(BOTS_MESSAGES);
  if (!account.haltedUntil) return null;
  return (
    <div className="bot-reason bot-reason-failed" role="alert" data-testid="account-halted">
      {t.haltedUntil(formatDateTime(account.haltedUntil, timeZone))}
    </div>
  );
}

/**
 * The account's balances per currency. A live account's are what the exchange reported (no
 * deposits), with the time it reported them.
 */
export function BalancesTable({
  account,
  timeZone,
}: {
  account: TradingAccount;
  timeZone: string;
}) {
  const t = useMessages(BOTS_MESSAGES);
  const paper = !account.live;
  return (
    <>
      <div className="table-scroll">
        <table className="table" data-testid="account-balances">
          <caption>{t.balancesOf(account.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.currency}</th>
              {paper && (
                <th scope="col" className="numeric">
                  {t.deposited}
                </th>
              )}
              <th scope="col" className="numeric">
                {t.total}
              </th>
              <th scope="col" className="numeric">
                {t.committed}
              </th>
              <th scope="col" className="numeric">
                {t.available}
              </th>
            </tr>
          </thead>
          <tbody>
            {account.balances.map((balance) => (
              <tr key={balance.currency} data-currency={balance.currency}>
                <th scope="row">{balance.currency}</th>
                {paper && (
                  <td className="numeric">{formatAmount(balance.deposited, balance.currency)}</td>
                )}
                <td className="numeric">{formatAmount(balance.total, balance.currency)}</td>
                <td className="numeric">{formatAmount(balance.committed, balance.currency)}</td>
                <td className="numeric" data-column="available">
                  {formatAmount(balance.available, balance.currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {account.live && account.balancesAsOf && (
        <p className="muted" data-testid="balances-as-of">
          {t.asOf(formatDateTime(account.balancesAsOf, timeZone))}
        </p>
      )}
    </>
  );
}
