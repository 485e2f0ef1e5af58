import { useId, useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { serverFieldErrors } from '@/lib/api/field-errors';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locale';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import { useProfile } from '../api/get-profile';
import type { BaseCurrency, ExperienceLevel, Profile, RiskTolerance } from '../api/types';
import { useUpdateProfile } from '../api/update-profile';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import {
  formValuesOf,
  timeZoneSuggestions,
  updateOf,
  type ProfileFormValues,
} from '../lib/profile-form';

import './account.css';

const FIELDS = [
  'displayName',
  'locale',
  'timeZone',
  'baseCurrency',
  'experienceLevel',
  'riskTolerance',
  'notifications',
] as const;
const CURRENCIES: readonly BaseCurrency[] = ['KRW', 'USD'];
const LEVELS: readonly ExperienceLevel[] = ['BEGINNER', 'INTERMEDIATE', 'EXPERIENCED'];
const TOLERANCES: readonly RiskTolerance[] = ['CONSERVATIVE', 'MODERATE', 'AGGRESSIVE'];

/** The signed-in user's profile and settings, loaded then edited. */
export function ProfileSettings() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const profile = useProfile();
  if (profile.isPending) return <Spinner label={t.checking} />;
  if (profile.isError) {
    return (
      <ProblemAlert
        heading={t.loadProfileFailed}
        error={profile.error}
        onRetry={() => void profile.refetch()}
      />
    );
  }
  return <ProfileForm profile={profile.data} />;
}

export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const { setLocale } = useLocale();
  const update = useUpdateProfile();
  const zonesId = useId();
  const [zones] = useState(timeZoneSuggestions);
  const [values, setValues] = useState<ProfileFormValues>(() => formValuesOf(profile));
  const [saved, setSaved] = useState(false);

  const server = update.isError ? serverFieldErrors(update.error, FIELDS) : {};
  const change = (patch: Partial<ProfileFormValues>) => {
    setSaved(false);
    setValues((current) => ({ ...current, ...patch }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    update.mutate(updateOf(values), {
      onSuccess: (stored) => {
        setValues(formValuesOf(stored));
        setLocale(stored.locale);
        setSaved(true);
      },
    });
  };

  return (
    <form
      className="account-form account-form-wide"
      onSubmit={onSubmit}
      noValidate
      aria-label={t.settings}
    >
      <fieldset className="account-fieldset" disabled={update.isPending}>
        <legend>{t.profile}</legend>
        <FormField id="profile-email" label={t.email} help={t.emailReadOnly}>
          {(control) => (
            <input {...control} name="email" type="email" value={profile.email} readOnly />
          )}
        </FormField>
        <FormField id="profile-display-name" label={t.displayName} error={server.displayName}>
          {(control) => (
            <input
              {...control}
              name="displayName"
              autoComplete="nickname"
              maxLength={100}
              value={values.displayName}
              onChange={(event) => change({ displayName: event.target.value })}
            />
          )}
        </FormField>
        <p className="muted" data-testid="profile-role">
          {t.role}: {profile.role} · {t.tier}: {profile.tier}
        </p>
      </fieldset>

      <fieldset className="account-fieldset" disabled={update.isPending}>
        <legend>{t.preferences}</legend>
        <FormField id="profile-locale" label={t.locale} error={server.locale}>
          {(control) => (
            <select
              {...control}
              name="locale"
              value={values.locale}
              onChange={(event) => change({ locale: event.target.value as Locale })}
            >
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="profile-time-zone"
          label={t.timeZone}
          help={t.timeZoneHelp}
          error={server.timeZone}
        >
          {(control) => (
            <>
              <input
                {...control}
                name="timeZone"
                list={zonesId}
                autoComplete="off"
                spellCheck={false}
                value={values.timeZone}
                onChange={(event) => change({ timeZone: event.target.value })}
              />
              <datalist id={zonesId}>
                {zones.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
        <FormField
          id="profile-base-currency"
          label={t.baseCurrency}
          help={t.baseCurrencyHelp}
          error={server.baseCurrency}
        >
          {(control) => (
            <select
              {...control}
              name="baseCurrency"
              value={values.baseCurrency}
              onChange={(event) => change({ baseCurrency: event.target.value as BaseCurrency })}
            >
              {CURRENCIES.map((currency) => (
                <option key={currency} value={currency}>
                  {t.currencies[currency]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </fieldset>

      <fieldset className="account-fieldset" disabled={update.isPending}>
        <legend>{t.investing}</legend>
        <FormField id="profile-experience" label={t.experienceLevel} error={server.experienceLevel}>
          {(control) => (
            <select
              {...control}
              name="experienceLevel"
              value={values.experienceLevel}
              onChange={(event) =>
                change({ experienceLevel: event.target.value as ExperienceLevel })
              }
            >
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t.experienceLevels[level]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="profile-risk" label={t.riskTolerance} error={server.riskTolerance}>
          {(control) => (
            <select
              {...control}
              name="riskTolerance"
              value={values.riskTolerance}
              onChange={(event) => change({ riskTolerance: event.target.value as RiskTolerance })}
            >
              {TOLERANCES.map((tolerance) => (
                <option key={tolerance} value={tolerance}>
                  {t.riskTolerances[tolerance]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </fieldset>

      <fieldset
        className="account-fieldset"
        disabled={update.isPending}
        aria-describedby="profile-notifications-help"
      >
        <legend>{t.notifications}</legend>
        <p className="form-field-help" id="profile-notifications-help">
          {t.notificationsHelp}
        </p>
        {(
          [
            ['inApp', t.inApp],
            ['email', t.byEmail],
            ['push', t.push],
          ] as const
        ).map(([channel, label]) => (
          <label key={channel} className="account-check">
            <input
              type="checkbox"
              name={`notifications.${channel}`}
              checked={values.notifications[channel]}
              onChange={(event) =>
                change({
                  notifications: { ...values.notifications, [channel]: event.target.checked },
                })
              }
            />
            {label}
          </label>
        ))}
      </fieldset>

      <div className="account-actions">
        <Button
          type="submit"
          className="account-primary"
          disabled={update.isPending}
          aria-busy={update.isPending}
        >
          {update.isPending ? t.saving : t.save}
        </Button>
        <span role="status" data-testid="profile-saved">
          {saved ? t.saved : ''}
        </span>
      </div>
      {update.isError && <ProblemAlert heading={t.saveFailed} error={update.error} />}
    </form>
  );
}
