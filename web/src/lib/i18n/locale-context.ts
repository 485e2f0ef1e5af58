import { createContext, useContext } from 'react';

import type { Catalogue, Locale } from './locale';

export interface LocaleState {
  locale: Locale;
  /** Switches the interface and remembers the choice in this browser. */
  setLocale: (locale: Locale) => void;
}

/** Without a provider (isolated component tests) the interface is English and fixed. */
export const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {} });

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** The catalogue's messages in the current language. */
export function useMessages<Messages>(catalogue: Catalogue<Messages>): Messages {
  return catalogue[useLocale().locale];
}
