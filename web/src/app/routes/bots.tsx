import { Link } from 'react-router';

import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { BotForm } from '@/features/bots/components/bot-form';
import { BotList } from '@/features/bots/components/bot-list';
import { KillSwitch } from '@/features/bots/components/kill-switch';
import { BOTS_MESSAGES } from '@/features/bots/lib/messages';
import { TRADING_ACCOUNTS_PATH } from '@/features/bots/lib/paths';
import { useMessages } from '@/lib/i18n/locale-context';

export function BotsRoute() {
  const t = useMessages(BOTS_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.bots)}</title>
      <h1>{t.bots}</h1>
      <p className="page-prose">
        {t.botsIntro} <Link to={TRADING_ACCOUNTS_PATH}>{t.accountsLink}</Link>
      </p>
      <RequireSignIn>
        <section className="page-section" aria-labelledby="your-bots-heading">
          <h2 id="your-bots-heading">{t.yourBots}</h2>
          <KillSwitch />
          <BotList />
        </section>
        <section className="page-section" aria-labelledby="new-bot-heading">
          <h2 id="new-bot-heading">{t.newBot}</h2>
          <BotForm />
        </section>
      </RequireSignIn>
    </div>
  );
}
