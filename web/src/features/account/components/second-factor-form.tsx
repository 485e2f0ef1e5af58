import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ApiError } from '@/lib/api/problem';
import { useMessages } from '@/lib/i18n/locale-context';

import { useCompleteSignIn } from '../api/sign-in';
import type { SecondFactorChallenge, Session } from '../api/types';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { isSixDigitCode, normaliseCode, secondFactorRequestOf } from '../lib/second-factor';

interface SecondFactorFormProps {
  challenge: SecondFactorChallenge;
  onSignedIn: (session: Session) => void;
  /** The pending sign-in is gone (expired, or the session changed): back to the password. */
  onExpired: (error: unknown) => void;
  onStartOver: () => void;
}

/** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
export function SecondFactorForm({
  challenge,
  onSignedIn,
  onExpired,
  onStartOver,
}: SecondFactorFormProps) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const complete = useCompleteSignIn();
  const canRecover = challenge.methods.includes('recovery-code');
  const [recovery, setRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (complete.isPending) return;
    let error: string | undefined;
    if (!value.trim()) error = t.required;
    else if (!recovery && !isSixDigitCode(normaliseCode(value))) error = t.codeInvalid;
    setChecked(error);
    if (error) return;
    complete.mutate(secondFactorRequestOf(value, recovery), {
      onSuccess: onSignedIn,
      onError: (problem) => {
        if (problem instanceof ApiError && problem.code === 'no-pending-sign-in') {
          onExpired(problem);
        } else {
          setValue('');
        }
      },
    });
  };

  const switchMethod = () => {
    setRecovery((current) => !current);
    setValue('');
    setChecked(undefined);
    complete.reset();
  };

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-label={t.secondFactorTitle}>
      <h2>{t.secondFactorTitle}</h2>
      <p className="muted">{recovery ? t.recoveryIntro : t.secondFactorIntro}</p>
      {recovery ? (
        <FormField
          id="sign-in-recovery-code"
          label={t.recoveryCode}
          help={t.recoveryCodeHelp}
          error={checked}
        >
          {(control) => (
            <input
              {...control}
              name="recoveryCode"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              disabled={complete.isPending}
              autoFocus
            />
          )}
        </FormField>
      ) : (
        <FormField id="sign-in-code" label={t.authCode} help={t.authCodeHelp} error={checked}>
          {(control) => (
            <input
              {...control}
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={7}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              disabled={complete.isPending}
              autoFocus
            />
          )}
        </FormField>
      )}
      <div className="account-actions">
        <Button
          type="submit"
          className="account-primary"
          disabled={complete.isPending}
          aria-busy={complete.isPending}
        >
          {complete.isPending ? t.verifying : t.verify}
        </Button>
        <Button variant="ghost" onClick={onStartOver} disabled={complete.isPending}>
          {t.startOver}
        </Button>
      </div>
      {complete.isError && <ProblemAlert heading={t.secondFactorFailed} error={complete.error} />}
      {canRecover && (
        <p>
          <button type="button" className="account-link" onClick={switchMethod}>
            {recovery ? t.useAuthCode : t.useRecoveryCode}
          </button>
        </p>
      )}
    </form>
  );
}
