import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { serverFieldErrors, type FieldErrors } from '@/lib/api/field-errors';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import { useSignUp } from '../api/sign-up';
import { looksLikeEmail } from '../lib/field-errors';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { SIGN_IN_PATH, safeNextPath, withNext } from '../lib/next-path';

import { ProviderButtons } from './provider-buttons';
import './account.css';

const FIELDS = ['email', 'password', 'displayName'] as const;
type Field = (typeof FIELDS)[number];

/** The browser's IANA time zone, if it names one. */
function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Registration. The password rules are the server's (length, the common and breached list, not
 * the email): its reasons are shown under the password field as it gives them.
 */
export function SignUpForm() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  const signUp = useSignUp();
  const [values, setValues] = useState<Record<Field, string>>({
    email: '',
    password: '',
    displayName: '',
  });
  const [showPassword, setShowPassword] = useState(false);
  const [checked, setChecked] = useState<FieldErrors>({});
  // Fields edited since the last attempt: the server's word on them no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<Field>>(new Set());

  const server = signUp.isError ? serverFieldErrors(signUp.error, FIELDS) : {};
  const errorOf = (field: Field) =>
    checked[field] ?? (edited.has(field) ? undefined : server[field]);
  const update = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => new Set([...current, field]));
    setChecked((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signUp.isPending) return;
    const errors: FieldErrors = {};
    if (!values.email.trim()) errors.email = t.required;
    else if (!looksLikeEmail(values.email)) errors.email = t.emailInvalid;
    if (!values.password) errors.password = t.required;
    setChecked(errors);
    if (Object.values(errors).some(Boolean)) return;
    setEdited(new Set());
    const displayName = values.displayName.trim();
    signUp.mutate(
      {
        email: values.email.trim(),
        password: values.password,
        ...(displayName ? { displayName } : {}),
        locale,
        timeZone: browserTimeZone(),
      },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-label={t.signUp}>
      <ProviderButtons next={next} />
      <FormField id="sign-up-email" label={t.email} error={errorOf('email')}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            value={values.email}
            onChange={(event) => update('email', event.target.value)}
            disabled={signUp.isPending}
          />
        )}
      </FormField>
      <FormField
        id="sign-up-display-name"
        label={
          <>
            {t.displayName} <span className="muted">({t.optional})</span>
          </>
        }
        help={t.displayNameHelp}
        error={errorOf('displayName')}
      >
        {(control) => (
          <input
            {...control}
            name="displayName"
            autoComplete="nickname"
            maxLength={100}
            value={values.displayName}
            onChange={(event) => update('displayName', event.target.value)}
            disabled={signUp.isPending}
          />
        )}
      </FormField>
      <FormField
        id="sign-up-password"
        label={t.password}
        help={t.passwordHelp}
        error={errorOf('password')}
      >
        {(control) => (
          <input
            {...control}
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => update('password', event.target.value)}
            disabled={signUp.isPending}
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
          disabled={signUp.isPending}
          aria-busy={signUp.isPending}
        >
          {signUp.isPending ? t.signingUp : t.signUp}
        </Button>
      </div>
      {signUp.isError && <ProblemAlert heading={t.signUpFailed} error={signUp.error} />}
      <p className="muted">
        {t.haveAccount} <Link to={withNext(SIGN_IN_PATH, next)}>{t.signIn}</Link>
      </p>
    </form>
  );
}
