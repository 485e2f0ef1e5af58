import { useEffect } from 'react';

import { SegmentedControl } from '@/components/ui/segmented-control';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locale';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import { useProfile } from '../api/get-profile';
import { useSession } from '../api/get-session';
import { useUpdateProfile } from '../api/update-profile';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { withLocale } from '../lib/profile-form';

const OPTIONS = LOCALES.map((locale) => ({
  value: locale,
  label: LOCALE_NAMES[locale],
  description: LOCALE_NAMES[locale],
}));

/**
 * English or Korean. Signed in, the profile's language applies when it loads, and a switch here
 * is saved to the profile; signed out, the choice is remembered in this browser.
 */
export function LanguageSwitch() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const { locale, setLocale } = useLocale();
  const session = useSession();
  // An administrator yet to enrol a second factor may do nothing else: the server refuses
  // the profile until they have (the session is read again then).
  const signedIn = session.status === 'signed-in' && !session.session.secondFactorEnrolmentRequired;
  const profile = useProfile({ enabled: signedIn });
  const updateProfile = useUpdateProfile();
  const stored = signedIn ? profile.data?.locale : undefined;

  useEffect(() => {
    if (stored) setLocale(stored);
  }, [stored, setLocale]);

  const onChange = (next: Locale) => {
    setLocale(next);
    if (signedIn && profile.data && profile.data.locale !== next) {
      updateProfile.mutate(withLocale(profile.data, next));
    }
  };

  return (
    <SegmentedControl
      label={t.language}
      options={OPTIONS}
      value={locale}
      onChange={onChange}
      testId="language-switch"
    />
  );
}
