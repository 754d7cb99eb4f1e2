import type { Db } from '../db/schema.js';

/** The languages the web app speaks; the first is the fallback when a browser asks for none of them. */
export const INTERFACE_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
/** Western digits or Arabic-Indic ones (٠١٢٣), a reader's choice in Arabic. */
export const NUMERALS = ['latn', 'arab'] as const;
export type Numerals = (typeof NUMERALS)[number];

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return INTERFACE_LANGUAGES.includes(value as InterfaceLanguage);
}

export function isNumerals(value: unknown): value is Numerals {
  return NUMERALS.includes(value as Numerals);
}

export interface Preferences {
  /** null: follow the browser. */
  language?: InterfaceLanguage | null;
  /** null: the language's usual digits. */
  numerals?: Numerals | null;
}

/** Keeps an account's language and digits; a field left out stays as it was. */
export async function setPreferences(db: Db, userId: string, preferences: Preferences): Promise<void> {
  const changes = {
    ...(preferences.language !== undefined ? { language: preferences.language } : {}),
    ...(preferences.numerals !== undefined ? { numerals: preferences.numerals } : {}),
  };
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('users').set(changes).where('id', '=', userId).execute();
}
