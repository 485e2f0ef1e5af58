import { useParams } from 'react-router';

import { Spinner } from '@/components/ui/spinner';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { AccountView } from '@/features/bots/components/account-view';
import { BOTS_MESSAGES } from '@/features/bots/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { useReaderTimeZone } from '../use-reader-time-zone';

export function TradingAccountRoute() {
  const { id = '' } = useParams();
  return (
    <div className="page">
      <RequireSignIn>
        <Account key={id} id={id} />
      </RequireSignIn>
    </div>
  );
}

function Account({ id }: { id: string }) {
  const t = useMessages(BOTS_MESSAGES);
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.loading} />;
  return <AccountView id={id} timeZone={timeZone} />;
}
