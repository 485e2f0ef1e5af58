import { Spinner } from '@/components/ui/spinner';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { AccountForm } from '@/features/bots/components/account-form';
import { AccountList } from '@/features/bots/components/account-list';
import { ConnectAccountForm } from '@/features/bots/components/connect-account-form';
import { BOTS_MESSAGES } from '@/features/bots/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { useReaderTimeZone } from '../use-reader-time-zone';

export function TradingAccountsRoute() {
  const t = useMessages(BOTS_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.accounts)}</title>
      <h1>{t.accounts}</h1>
      <p className="page-prose">{t.accountsIntro}</p>
      <RequireSignIn>
        <section className="page-section" aria-label={t.accounts}>
          <Accounts />
        </section>
        <div className="trading-account-forms">
          <section className="page-section" aria-labelledby="open-account-heading">
            <h2 id="open-account-heading">{t.openAccount}</h2>
            <AccountForm />
          </section>
          <section className="page-section" aria-labelledby="connect-account-heading">
            <h2 id="connect-account-heading">{t.connectAccount}</h2>
            <ConnectAccountForm />
          </section>
        </div>
      </RequireSignIn>
    </div>
  );
}

function Accounts() {
  const t = useMessages(BOTS_MESSAGES);
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.loading} />;
  return <AccountList timeZone={timeZone} />;
}
