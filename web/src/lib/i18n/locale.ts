/**
 * The interface languages Sage speaks, and how one is chosen before a profile says otherwise:
 * the choice remembered in this browser, else the browser's own language preferences.
 */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

/** The same messages in every language; `typeof en` as the type makes a missing key an error. */
export type Catalogue<Messages> = Record<Locale, Messages>;

export const LOCALE_STORAGE_KEY = 'sage.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages that Sage speaks (`ko-KR` counts as `ko`), else English. */
export function browserLocale(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

export function rememberedLocale(): Locale | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    // Storage can be off (privacy settings); the browser's language still applies.
    return undefined;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits; the page still switches.
  }
}

export function initialLocale(): Locale {
  return rememberedLocale() ?? browserLocale();
}
