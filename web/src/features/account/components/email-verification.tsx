import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { toProblem } from '@/lib/api/problem';
import { useMessages } from '@/lib/i18n/locale-context';

import { useConfirmVerification, useResendVerification } from '../api/email-verification';
import { useSession } from '../api/get-session';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { SETTINGS_PATH } from '../lib/next-path';

import './account.css';

/**
 * Confirms the address with the emailed token as soon as the page opens, once: a token works
 * once, so a second request (React's development double effects, a re-render) would only be
 * refused.
 */
export function EmailVerificationResult({ token }: { token: string | null }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const confirm = useConfirmVerification();
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    confirm.mutate(token);
  }, [token, confirm]);

  if (!token) {
    return (
      <p className="account-notice account-notice-warning" role="status">
        {t.verifyMissingToken}
      </p>
    );
  }
  if (confirm.isSuccess) {
    return (
      <div>
        <p className="account-notice" role="status">
          {t.emailVerified}
        </p>
        <p>
          <Link to={SETTINGS_PATH}>{t.goToSettings}</Link>
        </p>
      </div>
    );
  }
  if (confirm.isError) {
    const invalid = toProblem(confirm.error).code === 'invalid-token';
    return (
      <div>
        <ProblemAlert
          heading={invalid ? t.verifyInvalidLink : t.verifyFailed}
          error={confirm.error}
        />
        <p>
          <Link to={SETTINGS_PATH}>{t.goToSettings}</Link>
        </p>
      </div>
    );
  }
  return <Spinner label={t.verifyingEmail} />;
}

/** In settings: says when the signed-in user's email is not verified, and sends another link. */
export function EmailVerificationNotice() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const session = useSession();
  const resend = useResendVerification();
  if (session.status !== 'signed-in' || session.session.emailVerified) return null;
  return (
    <section className="account-notice account-notice-warning" aria-label={t.verifyEmail}>
      <p>
        <strong>{t.emailNotVerified}</strong> {t.emailNotVerifiedHelp}
      </p>
      {resend.isSuccess ? (
        <p role="status">{t.verificationSent}</p>
      ) : (
        <Button
          type="button"
          onClick={() => resend.mutate()}
          disabled={resend.isPending}
          aria-busy={resend.isPending}
        >
          {resend.isPending ? t.resendingVerification : t.resendVerification}
        </Button>
      )}
      {resend.isError && <ProblemAlert heading={t.resendFailed} error={resend.error} />}
    </section>
  );
}
