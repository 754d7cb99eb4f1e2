import { useEffect, type ReactNode } from 'react';
import { RawIntlProvider, useIntl } from 'react-intl';
import { setActiveLocale, type MessageValues } from './active-locale.js';
import type { Message } from './define-messages.js';
import { directionOf, type Locale, type Numerals } from './locales.js';

/** Shows its children in one language: `lang` and `dir` on the page, ICU messages and `Intl` formats below. */
export function LanguageProvider({ locale, numerals, children }: { locale: Locale; numerals: Numerals | undefined; children: ReactNode }) {
  const intl = setActiveLocale(locale, numerals);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }, [locale]);
  // Keyed so every component renders again in the new language, including those that format outside hooks.
  return (
    <RawIntlProvider value={intl} key={`${locale}-${numerals ?? ''}`}>
      {children}
    </RawIntlProvider>
  );
}

/** `t(message, values)`: a message in the page's language, as text. */
export function useT(): (message: Message, values?: MessageValues) => string {
  const intl = useIntl();
  return (message, values) => intl.formatMessage(message, values);
}
