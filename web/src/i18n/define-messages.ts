import type { Locale } from './locales.js';

/** One message in every language the app speaks: ICU MessageFormat text (plurals, selects, numbers, dates). */
export type Translations = Record<Locale, string>;

/** A message as `intl.formatMessage` takes it, with its translations kept beside it for the catalogue. */
export interface Message extends Translations {
  readonly id: string;
  readonly defaultMessage: string;
}

/**
 * Names an area's messages `area.key`. Areas write their messages next to their components, in files named
 * `*.messages.ts`, which the catalogue gathers; a message without all three languages fails to compile.
 */
export function defineMessages<const K extends string>(area: string, table: Record<K, Translations>): Record<K, Message> {
  const messages = {} as Record<K, Message>;
  for (const key of Object.keys(table) as K[]) messages[key] = Object.freeze({ id: `${area}.${key}`, defaultMessage: table[key].en, ...table[key] });
  return Object.freeze(messages);
}
