import { useParams } from 'react-router';

import { Spinner } from '@/components/ui/spinner';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { AdvisorView } from '@/features/advisor/components/advisor-view';
import { ADVISOR_MESSAGES } from '@/features/advisor/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { useReaderTimeZone } from '../use-reader-time-zone';

/** `/advisor` (a new chat) and `/advisor/:chatId`: one route, so a stream outlives the move. */
export function AdvisorRoute() {
  const t = useMessages(ADVISOR_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.advisor)}</title>
      <h1>{t.advisor}</h1>
      <p className="page-prose">{t.intro}</p>
      <RequireSignIn>
        <SignedInAdvisor />
      </RequireSignIn>
    </div>
  );
}

function SignedInAdvisor() {
  const t = useMessages(ADVISOR_MESSAGES);
  const { chatId } = useParams();
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.loading} />;
  return <AdvisorView chatId={chatId} timeZone={timeZone} />;
}
