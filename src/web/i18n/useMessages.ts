/** Reads a feature's message catalog in the person's language. */
import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE, type Catalog, type Language } from './languages.js';

/** The language chosen for this session (provided once, at the top of the app). */
export const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

/** The messages of a catalog in the current language. */
export function useMessages<T>(catalog: Catalog<T>): T {
  return catalog[useContext(LanguageContext)];
}

/** The current language, for formatting dates and numbers. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The locale for dates and numbers: the browser's own region when it speaks our language. */
export function useFormatLocale(): string {
  const language = useLanguage();
  const preferred = typeof navigator === 'undefined' ? '' : navigator.language;
  return preferred.toLowerCase().startsWith(language) ? preferred : language;
}
