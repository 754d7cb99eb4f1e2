/** The languages the web app speaks (src/access/preferences.ts keeps an account's choice among them). */
export const LOCALES = ['en', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export type Numerals = 'latn' | 'arab';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** The first of the browser's languages the app speaks (fr-CA → fr, ar-SY → ar); English when none. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The BCP 47 tag `Intl` formats with. Arabic reads with Arabic-Indic digits (٠١٢٣) unless the reader chose
 * Western ones; French and English always use 0-9, and the choice is spelled out so no runtime default decides.
 */
export function intlLocale(locale: Locale, numerals?: Numerals): string {
  const digits = locale === 'ar' ? (numerals ?? 'arab') : 'latn';
  return `${locale}-u-nu-${digits}`;
}

/** Each language's name in itself, for the picker: a reader who does not read the current language finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', ar: 'العربية' };
