import type { Wordings } from '../../../src/common/wording.js';
import { defineMessages, type Message } from './define-messages.js';
import type { Locale } from './locales.js';

/**
 * The server's wordings (src/common/wording.ts) in the app's catalogue: each code's English is the server's own
 * template, so the two cannot drift; an area's messages file adds the French and the Arabic, and a code left out
 * does not compile. Ids are `wording.<code>`, apart from the app's own messages.
 * Apart from wording.ts, so the catalogues load outside the app's build (the browser suites read them).
 */
export function defineWordingMessages<K extends string>(wordings: Wordings<K>, translations: Record<K, Record<Exclude<Locale, 'en'>, string>>): Record<K, Message> {
  const table = {} as Record<K, Record<Locale, string>>;
  for (const key of Object.keys(wordings.english) as K[]) table[key] = { en: wordings.english[key], ...translations[key] };
  return defineMessages(`wording.${wordings.area}`, table);
}
