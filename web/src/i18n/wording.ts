import type { Wording, WordingValues, Wordings } from '../../../src/common/wording.js';
import { activeIntl, activeLocale, type MessageValues } from './active-locale.js';
import { defineMessages, type Message } from './define-messages.js';
import type { Locale } from './locales.js';

/**
 * The server's wordings (src/common/wording.ts) in the app's catalogue: each code's English is the server's own
 * template, so the two cannot drift; an area's messages file adds the French and the Arabic, and a code left out
 * does not compile. Ids are `wording.<code>`, apart from the app's own messages.
 */
export function defineWordingMessages<K extends string>(wordings: Wordings<K>, translations: Record<K, Record<Exclude<Locale, 'en'>, string>>): Record<K, Message> {
  const table = {} as Record<K, Record<Locale, string>>;
  for (const key of Object.keys(wordings.english) as K[]) table[key] = { en: wordings.english[key], ...translations[key] };
  return defineMessages(`wording.${wordings.area}`, table);
}

/** Whether the app can say this wording in the active language (else it shows the server's English). */
export function knowsWording(wording: Wording): boolean {
  return activeLocale() === 'en' || Object.hasOwn(activeIntl().messages, `wording.${wording.code}`);
}

/**
 * A wording in the active language. `localValues` replaces values the server gave in English (a provision's
 * advice, say) with the page's own words for them; a code this app does not know is shown as the server wrote it.
 */
export function wordingText(wording: Wording, localValues: MessageValues = {}): string {
  if (activeLocale() === 'en' || !knowsWording(wording)) return wording.text;
  const values: MessageValues = { ...(wording.values as WordingValues), ...withoutUndefined(localValues) };
  return activeIntl().formatMessage({ id: `wording.${wording.code}`, defaultMessage: wording.text }, values);
}

function withoutUndefined(values: MessageValues): MessageValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
