import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { toProblem } from '@/lib/api/problem';
import { useMessages } from '@/lib/i18n/locale-context';

import { sessionName, useSession } from '../api/get-session';
import { useSignOut } from '../api/sign-out';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { SETTINGS_PATH, SIGN_IN_PATH, SIGN_UP_PATH } from '../lib/next-path';

import './account.css';

/** The header's account corner: who is signed in and sign-out, or the ways in. */
export function AccountMenu() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const navigate = useNavigate();
  const session = useSession();
  const signOut = useSignOut();

  if (session.status === 'loading' || session.status === 'error') return null;
  if (session.status === 'signed-out') {
    return (
      <nav className="account-menu" aria-label={t.account} data-testid="account-menu">
        <Link to={SIGN_IN_PATH}>{t.signIn}</Link>
        <Link to={SIGN_UP_PATH}>{t.signUp}</Link>
      </nav>
    );
  }
  const name = sessionName(session.session);
  return (
    <nav className="account-menu" aria-label={t.account} data-testid="account-menu">
      <Link
        to={SETTINGS_PATH}
        className="account-menu-name"
        title={t.signedInAs(name)}
        aria-label={t.signedInAs(name)}
      >
        <span data-testid="account-name">{name}</span>
      </Link>
      <Button
        variant="ghost"
        disabled={signOut.isPending}
        aria-busy={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSuccess: () => void navigate(SIGN_IN_PATH, { state: { signedOut: true } }),
          })
        }
      >
        {signOut.isPending ? t.signingOut : t.signOut}
      </Button>
      {signOut.isError && (
        <span className="account-menu-error" role="alert">
          {t.signOutFailed}: {toProblem(signOut.error).detail ?? toProblem(signOut.error).title}
        </span>
      )}
    </nav>
  );
}
