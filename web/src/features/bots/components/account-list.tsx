import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMessages } from '@/lib/i18n/locale-context';

import { useTradingAccounts } from '../api/get-trading-accounts';
import type { TradingAccount } from '../api/types';
import { BOTS_MESSAGES } from '../lib/messages';
import { tradingAccountPath } from '../lib/paths';

import { AccountBadges, BalancesTable, HaltedBanner } from './account-balances';
import './trading.css';

/**
 * The user's accounts, each with a balance row per currency: paper accounts with their deposits,
 * live ones with the exchange, the key's hint and when the exchange reported the balances.
 */
export function AccountList({ timeZone }: { timeZone: string }) {
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
    return <EmptyState title={t.noTradingAccounts}>{t.noTradingAccountsBody}</EmptyState>;
  }
  return (
    <div className="trading-accounts" data-testid="trading-accounts">
      {accounts.data.items.map((account) => (
        <AccountCard key={account.id} account={account} timeZone={timeZone} />
      ))}
    </div>
  );
}

function AccountCard({ account, timeZone }: { account: TradingAccount; timeZone: string }) {
  return (
    <section
      className="trading-account"
      aria-label={account.name}
      data-testid="trading-account"
      data-account-id={account.id}
      data-live={account.live}
    >
      <h3>
        <Link to={tradingAccountPath(account.id)}>{account.name}</Link>{' '}
        <AccountBadges account={account} />
      </h3>
      <HaltedBanner account={account} timeZone={timeZone} />
      <BalancesTable account={account} timeZone={timeZone} />
    </section>
  );
}
