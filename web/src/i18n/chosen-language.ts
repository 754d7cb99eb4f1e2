import { browserLocale, isLocale, type Locale } from './locales.js';

// A choice made before signing in (on a shared computer, say), or the last one an account made here, is kept in
// this browser only: the sign-in page after signing out speaks it rather than the browser's language.
const CHOSEN_LANGUAGE = 'dossier.language';

export function languageChosenHere(): Locale {
  const kept = localStorage.getItem(CHOSEN_LANGUAGE);
  return isLocale(kept) ? kept : browserLocale(navigator.languages);
}

export function rememberLanguageHere(locale: Locale): void {
  localStorage.setItem(CHOSEN_LANGUAGE, locale);
}
