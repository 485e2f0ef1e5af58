import { Spinner } from '@/components/ui/spinner';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { ShadowPortfolioView } from '@/features/advisor/components/shadow-portfolio-view';
import { SHADOW_MESSAGES } from '@/features/advisor/lib/shadow-messages';
import { useMessages } from '@/lib/i18n/locale-context';

import { useReaderTimeZone } from '../use-reader-time-zone';

/** `/shadow-portfolio`: the advisor's calls the user tracks, and their record. */
export function ShadowPortfolioRoute() {
  const t = useMessages(SHADOW_MESSAGES);
  return (
    <div className="page">
      <title>{t.pageTitle(t.shadowPortfolio)}</title>
      <h1>{t.shadowPortfolio}</h1>
      <p className="page-prose">{t.intro}</p>
      <RequireSignIn>
        <SignedInShadowPortfolio />
      </RequireSignIn>
    </div>
  );
}

function SignedInShadowPortfolio() {
  const t = useMessages(SHADOW_MESSAGES);
  const timeZone = useReaderTimeZone();
  if (timeZone === undefined) return <Spinner label={t.loading} />;
  return <ShadowPortfolioView timeZone={timeZone} />;
}
