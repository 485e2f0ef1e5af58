import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { serverFieldErrors, type FieldErrors } from '@/lib/api/field-errors';
import { toProblem } from '@/lib/api/problem';
import { useMessages } from '@/lib/i18n/locale-context';

import { useConfirmPasswordReset, useRequestPasswordReset } from '../api/password-reset';
import { looksLikeEmail } from '../lib/field-errors';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { RESET_PASSWORD_PATH, SIGN_IN_PATH } from '../lib/next-path';

import './account.css';

/**
 * Asks for a reset link. The answer is the same whether or not the email has an account, and so
 * is what this form says afterwards.
 */
export function PasswordResetRequestForm() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [checked, setChecked] = useState<FieldErrors>({});
  const server = request.isError ? serverFieldErrors(request.error, ['email']) : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t.required;
    else if (!looksLikeEmail(email)) errors.email = t.emailInvalid;
    setChecked(errors);
    if (Object.keys(errors).length > 0) return;
    request.mutate(email.trim());
  };

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-label={t.resetPassword}>
      <p className="page-prose">{t.resetRequestIntro}</p>
      <FormField id="reset-email" label={t.email} error={checked.email ?? server.email}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              request.reset();
            }}
            disabled={request.isPending}
          />
        )}
      </FormField>
      <div className="account-actions">
        <Button
          type="submit"
          className="account-primary"
          disabled={request.isPending}
          aria-busy={request.isPending}
        >
          {request.isPending ? t.sendingResetLink : t.sendResetLink}
        </Button>
      </div>
      {request.isSuccess && (
        <p className="account-notice" role="status">
          {t.resetLinkSent}
        </p>
      )}
      {request.isError && <ProblemAlert heading={t.resetRequestFailed} error={request.error} />}
      <p className="muted">
        <Link to={SIGN_IN_PATH}>{t.signIn}</Link>
      </p>
    </form>
  );
}

/** The new password, with the token from the emailed link. */
export function PasswordResetForm({ token }: { token: string }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const reset = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [checked, setChecked] = useState<FieldErrors>({});
  const server = reset.isError ? serverFieldErrors(reset.error, ['password']) : {};
  const invalidLink = reset.isError && toProblem(reset.error).code === 'invalid-token';

  if (reset.isSuccess) {
    return (
      <div className="account-form">
        <p className="account-notice" role="status">
          {t.passwordReset}
        </p>
        <p>
          <Link to={SIGN_IN_PATH}>{t.signIn}</Link>
        </p>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const errors: FieldErrors = {};
    if (!password) errors.password = t.required;
    setChecked(errors);
    if (Object.keys(errors).length > 0) return;
    reset.mutate({ token, password });
  };

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-label={t.resetPassword}>
      <p className="page-prose">{t.newPasswordIntro}</p>
      {/* the account's email is not known here; password managers still offer to save */}
      <FormField
        id="reset-password"
        label={t.newPassword}
        help={t.passwordHelp}
        error={checked.password ?? server.password}
      >
        {(control) => (
          <input
            {...control}
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            disabled={reset.isPending}
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
      <div className="account-actions">
        <Button
          type="submit"
          className="account-primary"
          disabled={reset.isPending}
          aria-busy={reset.isPending}
        >
          {reset.isPending ? t.settingNewPassword : t.setNewPassword}
        </Button>
      </div>
      {reset.isError && (
        <ProblemAlert
          heading={invalidLink ? t.resetInvalidLink : t.resetFailed}
          error={reset.error}
        />
      )}
      {invalidLink && (
        <p>
          <Link to={RESET_PASSWORD_PATH}>{t.askNewLink}</Link>
        </p>
      )}
    </form>
  );
}
