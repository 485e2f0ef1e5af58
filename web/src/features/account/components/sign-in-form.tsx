import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { serverFieldErrors, type FieldErrors } from '@/lib/api/field-errors';
import { ApiError } from '@/lib/api/problem';
import { useMessages } from '@/lib/i18n/locale-context';

import { useSignIn } from '../api/sign-in';
import type { SecondFactorChallenge } from '../api/types';
import { looksLikeEmail } from '../lib/field-errors';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { RESET_PASSWORD_PATH, SIGN_UP_PATH, safeNextPath, withNext } from '../lib/next-path';
import { providerChallenge, providerReturnOf } from '../lib/provider-sign-in';

import { ProviderButtons } from './provider-buttons';
import { SecondFactorForm } from './second-factor-form';
import './account.css';

const FIELDS = ['email', 'password'] as const;

/**
 * Email and password, then (for an account with two-factor authentication) a code; on success,
 * back to where the visitor came from (`?next=`). With OpenID Connect providers configured, a
 * "Continue with" button each; the server sends the browser back here with `?error=<code>` when
 * such a sign-in is refused, or `?second-factor=required` when it waits for the code.
 */
export function SignInForm() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  const fromProvider = providerReturnOf(search);
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [checked, setChecked] = useState<FieldErrors>({});
  const [challenge, setChallenge] = useState<SecondFactorChallenge | undefined>(() =>
    fromProvider.status === 'second-factor' ? providerChallenge() : undefined,
  );
  const [expired, setExpired] = useState<unknown>();

  const server = signIn.isError ? serverFieldErrors(signIn.error, FIELDS) : {};
  const errorOf = (field: (typeof FIELDS)[number]) => checked[field] ?? server[field];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t.required;
    else if (!looksLikeEmail(email)) errors.email = t.emailInvalid;
    if (!password) errors.password = t.required;
    setChecked(errors);
    if (Object.keys(errors).length > 0) return;
    setExpired(undefined);
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (outcome) => {
          if (outcome.status === 'second-factor') setChallenge(outcome.challenge);
          else void navigate(next, { replace: true });
        },
      },
    );
  };

  const backToPassword = (problem?: unknown) => {
    setChallenge(undefined);
    if (fromProvider.status === 'second-factor') setSearch({}, { replace: true });
    setExpired(problem);
    setPassword('');
    signIn.reset();
  };

  if (challenge) {
    return (
      <SecondFactorForm
        challenge={challenge}
        onSignedIn={() => void navigate(next, { replace: true })}
        onExpired={backToPassword}
        onStartOver={() => backToPassword()}
      />
    );
  }

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-label={t.signIn}>
      {signedOut && !signIn.isError && (
        <p className="account-notice" role="status">
          {t.signedOut}
        </p>
      )}
      {search.has('next') && !signedOut && <p className="muted">{t.signInRequired}</p>}
      {fromProvider.status === 'failed' && !signIn.isError && (
        <ProblemAlert
          heading={t.providerFailed}
          error={
            new ApiError({
              title: t.providerFailed,
              status: 0,
              code: fromProvider.code,
              detail: t.providerErrors[fromProvider.code] ?? t.providerErrorOther,
            })
          }
        />
      )}
      <ProviderButtons next={next} />
      <FormField id="sign-in-email" label={t.email} error={errorOf('email')}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            disabled={signIn.isPending}
          />
        )}
      </FormField>
      <FormField id="sign-in-password" label={t.password} error={errorOf('password')}>
        {(control) => (
          <input
            {...control}
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            disabled={signIn.isPending}
          />
        )}
      </FormField>
      <label className="account-check">
        <input
          type="checkbox"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
        />
        {t.showPassword}
      </label>
      <p className="muted">
        <Link to={RESET_PASSWORD_PATH}>{t.forgotPassword}</Link>
      </p>
      <div className="account-actions">
        <Button
          type="submit"
          className="account-primary"
          disabled={signIn.isPending}
          aria-busy={signIn.isPending}
        >
          {signIn.isPending ? t.signingIn : t.signIn}
        </Button>
      </div>
      {signIn.isError && <ProblemAlert heading={t.signInFailed} error={signIn.error} />}
      {expired !== undefined && !signIn.isError && (
        <ProblemAlert heading={t.signInExpired} error={expired} />
      )}
      <p className="muted">
        {t.noAccount} <Link to={withNext(SIGN_UP_PATH, next)}>{t.createAccount}</Link>
      </p>
    </form>
  );
}
