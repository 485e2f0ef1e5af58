import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import { useSession } from '../api/get-session';
import {
  useConfirmTwoFactor,
  useDisableTwoFactor,
  useSetUpTwoFactor,
  useTwoFactorStatus,
} from '../api/two-factor';
import type { TwoFactorStatus } from '../api/types';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import {
  isSixDigitCode,
  normaliseCode,
  secondFactorRequestOf,
  secretOf,
} from '../lib/second-factor';

import { QrCode } from './qr-code';
import './account.css';

/** Two-factor authentication: its status, turning it on (with recovery codes) and off. */
export function TwoFactorSettings() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const session = useSession({ required: true });
  const status = useTwoFactorStatus();
  // Shown once, right after turning it on; kept here so the status refetch does not hide them.
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  const [turnedOff, setTurnedOff] = useState(false);
  const enrolmentRequired =
    session.status === 'signed-in' && session.session.secondFactorEnrolmentRequired;

  let body;
  if (recoveryCodes) {
    body = <RecoveryCodesPanel codes={recoveryCodes} onDone={() => setRecoveryCodes(undefined)} />;
  } else if (status.isPending) {
    body = <Spinner label={t.checking} />;
  } else if (status.isError) {
    body = (
      <ProblemAlert
        heading={t.loadTwoFactorFailed}
        error={status.error}
        onRetry={() => void status.refetch()}
      />
    );
  } else if (status.data.enabled) {
    body = <TwoFactorOn status={status.data} onTurnedOff={() => setTurnedOff(true)} />;
  } else {
    body = (
      <>
        <p>{t.twoFactorOff}</p>
        {turnedOff && (
          <p className="account-notice" role="status">
            {t.twoFactorTurnedOff}
          </p>
        )}
        <TwoFactorEnrolment
          onEnabled={(codes) => {
            setTurnedOff(false);
            setRecoveryCodes(codes);
          }}
        />
      </>
    );
  }

  return (
    <section className="account-section" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t.twoFactor}</h2>
      {enrolmentRequired && !recoveryCodes && (
        <p className="account-notice account-notice-warning" role="status">
          {t.enrolmentRequired}
        </p>
      )}
      <p className="page-prose">{t.twoFactorIntro}</p>
      {body}
    </section>
  );
}

function TwoFactorOn({
  status,
  onTurnedOff,
}: {
  status: TwoFactorStatus;
  onTurnedOff: () => void;
}) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const { locale } = useLocale();
  const since = status.enabledAt
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(status.enabledAt))
    : undefined;
  return (
    <>
      <p>
        {since ? t.twoFactorOnSince(since) : t.twoFactorOn}{' '}
        {t.recoveryCodesLeft(status.recoveryCodesLeft)}
      </p>
      {status.required ? (
        <p className="muted">{t.twoFactorMandatory}</p>
      ) : (
        <DisableTwoFactorForm onTurnedOff={onTurnedOff} />
      )}
    </>
  );
}

function DisableTwoFactorForm({ onTurnedOff }: { onTurnedOff: () => void }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const disable = useDisableTwoFactor();
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (disable.isPending) return;
    const input = value.trim();
    setChecked(input ? undefined : t.required);
    if (!input) return;
    // Six digits are a code from the app; anything else is read as a recovery code.
    const recovery = !isSixDigitCode(normaliseCode(input));
    disable.mutate(secondFactorRequestOf(input, recovery), {
      onSuccess: () => {
        setValue('');
        onTurnedOff();
      },
    });
  };

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-label={t.turnOff}>
      <FormField
        id="two-factor-disable-code"
        label={t.codeOrRecovery}
        help={t.turnOffHelp}
        error={checked}
      >
        {(control) => (
          <input
            {...control}
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            disabled={disable.isPending}
          />
        )}
      </FormField>
      <div className="account-actions">
        <Button type="submit" disabled={disable.isPending} aria-busy={disable.isPending}>
          {disable.isPending ? t.turningOff : t.turnOff}
        </Button>
      </div>
      {disable.isError && <ProblemAlert heading={t.disableFailed} error={disable.error} />}
    </form>
  );
}

function TwoFactorEnrolment({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const setUp = useSetUpTwoFactor();
  const confirm = useConfirmTwoFactor();
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState<string | undefined>();

  const start = () => {
    if (setUp.isPending) return;
    setCode('');
    setChecked(undefined);
    confirm.reset();
    setUp.mutate();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const digits = normaliseCode(code);
    const error = !digits ? t.required : isSixDigitCode(digits) ? undefined : t.codeInvalid;
    setChecked(error);
    if (error) return;
    confirm.mutate(digits, { onSuccess: (answer) => onEnabled(answer.recoveryCodes) });
  };

  if (!setUp.data) {
    return (
      <div className="account-form">
        <div className="account-actions">
          <Button
            className="account-primary"
            onClick={start}
            disabled={setUp.isPending}
            aria-busy={setUp.isPending}
          >
            {setUp.isPending ? t.settingUp : t.setUp}
          </Button>
        </div>
        {setUp.isError && <ProblemAlert heading={t.setUpFailed} error={setUp.error} />}
      </div>
    );
  }

  const uri = setUp.data.otpauthUri;
  const secret = secretOf(uri);
  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-label={t.setUp}>
      <p>{t.scanQr}</p>
      <QrCode value={uri} label={t.qrLabel} />
      {secret && (
        <p className="muted">
          {t.manualKey} <code className="two-factor-secret">{secret}</code>
        </p>
      )}
      <p>{t.enterCode}</p>
      <FormField id="two-factor-confirm-code" label={t.authCode} error={checked}>
        {(control) => (
          <input
            {...control}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={7}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            disabled={confirm.isPending}
          />
        )}
      </FormField>
      <div className="account-actions">
        <Button
          type="submit"
          className="account-primary"
          disabled={confirm.isPending}
          aria-busy={confirm.isPending}
        >
          {confirm.isPending ? t.turningOn : t.turnOn}
        </Button>
      </div>
      {confirm.isError && <ProblemAlert heading={t.confirmFailed} error={confirm.error} />}
    </form>
  );
}

function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const [copy, setCopy] = useState<'copied' | 'failed' | undefined>();
  const text = `${t.recoveryFileHeading}\n\n${codes.join('\n')}\n`;

  const copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'sage-recovery-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div className="account-form account-form-wide">
      <h3>{t.recoveryCodesTitle}</h3>
      <p className="account-notice account-notice-warning" role="alert">
        {t.recoveryCodesWarning}
      </p>
      <ol className="recovery-codes" aria-label={t.recoveryCodesTitle}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="account-actions">
        <Button onClick={() => void copyCodes()}>{t.copyCodes}</Button>
        <Button onClick={download}>{t.downloadCodes}</Button>
        <Button className="account-primary" onClick={onDone}>
          {t.savedCodes}
        </Button>
      </div>
      {copy && (
        <p className="muted" role="status">
          {copy === 'copied' ? t.copied : t.copyFailed}
        </p>
      )}
    </div>
  );
}
