import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import '@/components/ui/table.css';
import { formatAmount } from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';

import { useTradingAccounts } from '../api/get-trading-accounts';
import type { TradingAccount } from '../api/types';
import { BOTS_MESSAGES } from '../lib/messages';

import './trading.css';

/** The user's paper accounts, each with a balance row per currency. */
export function AccountList() {
  const t = useMessages(BOTS_MESSAGES);
  const accounts = useTradingAccounts();
  if (accounts.isPending) return <Spinner label={t.loading} />;
  if (accounts.isError) {
    return (
      <ProblemAlert
        heading={t.accountsFailed}
        error={accounts.error}
        onRetry={() => void accounts.refetch()}
      />
    );
  }
  if (accounts.data.items.length === 0) {
    return <EmptyState title={t.noAccounts}>{t.noAccountsBody}</EmptyState>;
  }
  return (
    <div className="trading-accounts" data-testid="trading-accounts">
      {accounts.data.items.map((account) => (
        <AccountCard key={account.id} account={account} />
      ))}
    </div>
  );
}

function AccountCard({ account }: { account: TradingAccount }) {
  const t = useMessages(BOTS_MESSAGES);
  return (
    <section
      className="trading-account"
      aria-label={account.name}
      data-testid="trading-account"
      data-account-id={account.id}
    >
      <h3>
        {account.name} <span className="muted">· {account.venue}</span>
      </h3>
      <div className="table-scroll">
        <table className="table">
          <caption>{t.balancesOf(account.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.currency}</th>
              <th scope="col" className="numeric">
                {t.deposited}
              </th>
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
                <td className="numeric">{formatAmount(balance.deposited, balance.currency)}</td>
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
    </section>
  );
}
