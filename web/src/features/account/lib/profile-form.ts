import type { Locale } from '@/lib/i18n/locale';

import type { Profile, ProfileUpdate } from '../api/types';

/** What the settings form holds. */
export type ProfileFormValues = ProfileUpdate & { displayName: string };

/** The stored profile as the update the server takes (everything but id, email, role, tier). */
export function profileUpdateOf(profile: Profile): ProfileUpdate {
  return {
    displayName: profile.displayName,
    locale: profile.locale,
    timeZone: profile.timeZone,
    baseCurrency: profile.baseCurrency,
    experienceLevel: profile.experienceLevel,
    riskTolerance: profile.riskTolerance,
    notifications: { ...profile.notifications },
  };
}

export function formValuesOf(profile: Profile): ProfileFormValues {
  return { ...profileUpdateOf(profile), displayName: profile.displayName ?? '' };
}

/** The form as the PUT body: an empty display name is sent as absent (the server removes it). */
export function updateOf(values: ProfileFormValues): ProfileUpdate {
  const displayName = values.displayName.trim();
  return {
    locale: values.locale,
    timeZone: values.timeZone.trim(),
    baseCurrency: values.baseCurrency,
    experienceLevel: values.experienceLevel,
    riskTolerance: values.riskTolerance,
    notifications: { ...values.notifications },
    ...(displayName ? { displayName } : {}),
  };
}

/** The same profile in another language. */
export function withLocale(profile: Profile, locale: Locale): ProfileUpdate {
  return { ...profileUpdateOf(profile), locale };
}

/**
 * The IANA zones this browser knows, for suggestions; UTC first (the server's default, which
 * the list omits on some engines).
 */
export function timeZoneSuggestions(): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
}
