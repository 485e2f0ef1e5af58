import { Link } from 'react-router';

import { useMessages } from '@/lib/i18n/locale-context';

import { BOTS_MESSAGES } from '../lib/messages';
import { SECURITY_SETTINGS_PATH } from '../lib/paths';

/** What to do when live trading needs a second factor: turn it on, sign in again. */
export function SecondFactorNotice() {
  const t = useMessages(BOTS_MESSAGES);
  return (
    <div className="problem-alert" role="alert" data-testid="second-factor-required">
      <p>
        <strong>{t.secondFactorNeeded}</strong>
      </p>
      <p>
        {t.secondFactorHow} <Link to={SECURITY_SETTINGS_PATH}>{t.secondFactorLink}</Link>
        {t.secondFactorThen}
      </p>
    </div>
  );
}
