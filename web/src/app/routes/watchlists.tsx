import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { WatchlistsView } from '@/features/account/components/watchlists-view';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

export function WatchlistsRoute() {
  const t = useMessages(ACCOUNT_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.watchlists)}</title>
      <h1>{t.watchlists}</h1>
      <p className="page-prose">{t.watchlistsIntro}</p>
      <RequireSignIn>
        <WatchlistsView />
      </RequireSignIn>
    </div>
  );
}
