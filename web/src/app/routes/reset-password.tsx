import { useSearchParams } from 'react-router';

import {
  PasswordResetForm,
  PasswordResetRequestForm,
} from '@/features/account/components/password-reset-forms';
import { ACCOUNT_MESSAGES } from '@/features/account/lib/messages';
import { useMessages } from '@/lib/i18n/locale-context';

/** Without a token: ask for a link. With the emailed link's `?token=`: choose the new password. */
export function ResetPasswordRoute() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const [search] = useSearchParams();
  const token = search.get('token');
  return (
    <div className="page account-page">
      <title>{t.pageTitle(t.resetPassword)}</title>
      <h1>{t.resetPassword}</h1>
      {token ? <PasswordResetForm token={token} /> : <PasswordResetRequestForm />}
    </div>
  );
}
