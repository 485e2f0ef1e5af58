import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { AccountForm } from '@/features/bots/components/account-form';
import { AccountList } from '@/features/bots/components/account-list';
import { BOTS_MESSAGES } from '@/features/bots/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

export function TradingAccountsRoute() {
  const t = useMessages(BOTS_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.accounts)}</title>
      <h1>{t.accounts}</h1>
      <p className="page-prose">{t.accountsIntro}</p>
      <RequireSignIn>
        <section className="page-section" aria-label={t.accounts}>
          <AccountList />
        </section>
        <section className="page-section" aria-labelledby="open-account-heading">
          <h2 id="open-account-heading">{t.openAccount}</h2>
          <AccountForm />
        </section>
      </RequireSignIn>
    </div>
  );
}
