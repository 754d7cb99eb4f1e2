import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { catalogueOf } from './catalogue.js';
import type { Message } from './define-messages.js';
import { intlLocale, type Locale, type Numerals } from './locales.js';

/**
 * The language the app is shown in, for code outside components (error texts, vocabulary labels, words built by
 * plain functions). LanguageProvider sets it as it renders and remounts the page when it changes, so every
 * component reads the same language as this.
 */
let active: { locale: Locale; numerals: Numerals | undefined; intl: IntlShape } | undefined;
const cache = createIntlCache();

export function intlFor(locale: Locale, numerals: Numerals | undefined): IntlShape {
  return createIntl({ locale: intlLocale(locale, numerals), defaultLocale: 'en', messages: catalogueOf(locale), onError: reportIntlError }, cache);
}

export function setActiveLocale(locale: Locale, numerals: Numerals | undefined): IntlShape {
  if (active?.locale !== locale || active.numerals !== numerals) active = { locale, numerals, intl: intlFor(locale, numerals) };
  return active.intl;
}

export function activeLocale(): Locale {
  return active?.locale ?? 'en';
}

export function activeIntl(): IntlShape {
  return active?.intl ?? setActiveLocale('en', undefined);
}

export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** A message in the active language, for plain functions; components use `useT()`. */
export function translate(message: Message, values?: MessageValues): string {
  return activeIntl().formatMessage(message, values);
}

/** A message missing from a language is a defect the catalogue test catches; here it is only reported. */
export function reportIntlError(error: Error): void {
  console.error(`[i18n] ${error.message}`);
}
