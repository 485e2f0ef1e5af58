import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import { initialLocale, rememberLocale, type Locale } from './locale';
import { LocaleContext } from './locale-context';

interface LocaleProviderProps {
  children: ReactNode;
  /** Tests fix the language; the app starts from the remembered or the browser's language. */
  locale?: Locale;
}

export function LocaleProvider({ children, locale: fixed }: LocaleProviderProps) {
  const [locale, setCurrent] = useState<Locale>(() => fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setCurrent(next);
  }, []);
  useEffect(() => {
    // Screen readers and the browser's hyphenation and fonts follow the page's language.
    document.documentElement.lang = locale;
  }, [locale]);
  const state = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext value={state}>{children}</LocaleContext>;
}
