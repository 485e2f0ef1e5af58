import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { CheckedField } from '@/components/ui/checked-field';
import { describedBy } from '@/components/ui/described-by';
import { ProblemAlert } from '@/components/ui/problem-alert';
import '@/components/ui/problem-alert.css';
import { serverFieldErrors } from '@/lib/api/field-errors';
import { useMessages } from '@/lib/i18n/locale-context';

import { useOpenTradingAccount } from '../api/open-trading-account';
import type { LiveVenue } from '../api/types';
import { needsSecondFactor } from '../lib/live-trading';
import { BOTS_MESSAGES } from '../lib/messages';

import { SecondFactorNotice } from './second-factor-notice';
import './trading.css';

const VENUES: readonly LiveVenue[] = ['binance', 'bybit', 'okx', 'bitget'];
/** The exchanges whose keys come with a passphrase (the server's `ExchangeVenues.WITH_PASSPHRASE`). */
const WITH_PASSPHRASE: readonly LiveVenue[] = ['okx', 'bitget'];
const FIELDS = ['name', 'venue', 'apiKey', 'apiSecret', 'passphrase'] as const;
type Field = (typeof FIELDS)[number];

interface Credentials {
  apiKey: string;
  apiSecret: string;
  passphrase: string;
}

const NO_CREDENTIALS: Credentials = { apiKey: '', apiSecret: '', passphrase: '' };

/**
 * Connects an exchange account with an API key. The server asks the exchange what the key may do
 * before it keeps anything; its word on a field is shown under it, a missing second factor as a
 * pointer to the security settings. Key, secret and passphrase leave the form's state once the
 * account is connected.
 */
export function ConnectAccountForm() {
  const t = useMessages(BOTS_MESSAGES);
  const connect = useOpenTradingAccount();
  const [name, setName] = useState('');
  const [venue, setVenue] = useState<LiveVenue>('binance');
  const [credentials, setCredentials] = useState<Credentials>(NO_CREDENTIALS);
  const [checked, setChecked] = useState<Partial<Record<Field, string>>>({});
  const [connected, setConnected] = useState<string | undefined>();
  const withPassphrase = WITH_PASSPHRASE.includes(venue);

  const server = connect.isError ? serverFieldErrors(connect.error, FIELDS) : {};
  const errorsFor = (field: Field) => [checked[field], server[field]];
  const invalid = (field: Field) => errorsFor(field).some(Boolean);
  const secondFactor = connect.isError && needsSecondFactor(connect.error);
  const otherProblems = connect.isError && !secondFactor && Object.keys(server).length === 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (connect.isPending) return;
    const errors: Partial<Record<Field, string>> = {};
    if (name.trim() === '') errors.name = t.required;
    if (credentials.apiKey.trim() === '') errors.apiKey = t.required;
    if (credentials.apiSecret.trim() === '') errors.apiSecret = t.required;
    if (withPassphrase && credentials.passphrase.trim() === '') errors.passphrase = t.required;
    setChecked(errors);
    if (Object.keys(errors).length > 0) return;
    setConnected(undefined);
    connect.mutate(
      {
        name: name.trim(),
        venue,
        apiKey: credentials.apiKey.trim(),
        apiSecret: credentials.apiSecret.trim(),
        ...(withPassphrase ? { passphrase: credentials.passphrase.trim() } : {}),
      },
      {
        onSuccess: (account) => {
          setConnected(account.name);
          setName('');
          setCredentials(NO_CREDENTIALS);
          // The request (with the secret) stays in the mutation until it is reset.
          connect.reset();
        },
      },
    );
  };

  const secretInput = (field: 'apiKey' | 'apiSecret' | 'passphrase', id: string) => (
    <input
      id={id}
      name={field}
      type="password"
      autoComplete="off"
      spellCheck={false}
      value={credentials[field]}
      onChange={(event) =>
        setCredentials((current) => ({ ...current, [field]: event.target.value }))
      }
      aria-invalid={invalid(field)}
      aria-describedby={describedBy(id, field === 'passphrase', invalid(field))}
    />
  );

  return (
    <form
      className="trading-form"
      onSubmit={onSubmit}
      noValidate
      autoComplete="off"
      aria-label={t.connectAccount}
    >
      <p className="muted" data-testid="connect-note">
        {t.connectNote}
      </p>
      <fieldset className="form-group" disabled={connect.isPending}>
        <legend>{t.connectAccount}</legend>
        <CheckedField id="live-name" label={t.accountName} errors={errorsFor('name')}>
          <input
            id="live-name"
            name="name"
            value={name}
            maxLength={60}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={invalid('name')}
            aria-describedby={describedBy('live-name', false, invalid('name'))}
          />
        </CheckedField>
        <CheckedField id="live-venue" label={t.exchange} errors={errorsFor('venue')}>
          <select
            id="live-venue"
            name="venue"
            value={venue}
            onChange={(event) => setVenue(event.target.value as LiveVenue)}
            aria-invalid={invalid('venue')}
            aria-describedby={describedBy('live-venue', false, invalid('venue'))}
          >
            {VENUES.map((option) => (
              <option key={option} value={option}>
                {t.venues[option]}
              </option>
            ))}
          </select>
        </CheckedField>
        <CheckedField id="live-api-key" label={t.apiKey} errors={errorsFor('apiKey')}>
          {secretInput('apiKey', 'live-api-key')}
        </CheckedField>
        <CheckedField id="live-api-secret" label={t.apiSecret} errors={errorsFor('apiSecret')}>
          {secretInput('apiSecret', 'live-api-secret')}
        </CheckedField>
        {withPassphrase && (
          <CheckedField
            id="live-passphrase"
            label={t.passphrase}
            help={t.passphraseHelp}
            errors={errorsFor('passphrase')}
          >
            {secretInput('passphrase', 'live-passphrase')}
          </CheckedField>
        )}
      </fieldset>
      <div className="trading-form-actions">
        <Button type="submit" disabled={connect.isPending} aria-busy={connect.isPending}>
          {connect.isPending ? t.connecting : t.connectAccount}
        </Button>
        {connected && (
          <span role="status" data-testid="account-connected">
            {t.connected(connected)}
          </span>
        )}
      </div>
      {secondFactor && <SecondFactorNotice />}
      {otherProblems && <ProblemAlert heading={t.connectFailed} error={connect.error} />}
    </form>
  );
}
