import { useParams } from 'react-router';

import { Spinner } from '@/components/ui/spinner';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { BotView } from '@/features/bots/components/bot-view';
import { BOTS_MESSAGES } from '@/features/bots/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { useReaderTimeZone } from '../use-reader-time-zone';

export default function BotRoute() {
  const { id = '' } = useParams();
  return (
    <div className="page">
      <RequireSignIn>
        <Bot key={id} id={id} />
      </RequireSignIn>
    </div>
  );
}

function Bot({ id }: { id: string }) {
  const t = useMessages(BOTS_MESSAGES);
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.loading} />;
  return <BotView id={id} timeZone={timeZone} />;
}
