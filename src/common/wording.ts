import { IntlMessageFormat } from 'intl-messageformat';
import { InvariantError } from './errors.js';

/**
 * Words the server writes for people (a warning on a qualification, why an import row was refused, an analysis
 * method's assumptions) said once, in English, as ICU MessageFormat, and sent with a stable code and the values
 * that fill it. The English text serves the API and the CLI as before; the web app finds the code in its catalogue
 * and says the same thing in the reader's language (web/src/i18n/wording.ts), or shows the English when it
 * does not know the code yet.
 */
export type WordingValues = Readonly<Record<string, string | number>>;

export interface Wording {
  /** `area.key`, stable across versions: the web catalogue's message id. */
  readonly code: string;
  readonly values: WordingValues;
  /** The English, filled in. */
  readonly text: string;
}

export interface Wordings<K extends string> {
  readonly area: string;
  /** Each key's English as ICU MessageFormat: the reference the translations follow. */
  readonly english: Readonly<Record<K, string>>;
  say(key: K, values?: WordingValues): Wording;
}

/**
 * An area's wordings. Each template is parsed when first said, not as the module loads (every CLI run loads many
 * areas and says few); the web catalogue's tests parse them all (web/src/i18n/wording.test.ts).
 */
export function defineWordings<const K extends string>(area: string, english: Record<K, string>): Wordings<K> {
  const formats = new Map<K, IntlMessageFormat>();
  const format = (key: K) => formats.get(key) ?? formats.set(key, new IntlMessageFormat(english[key], 'en')).get(key)!;
  return Object.freeze({
    area,
    english: Object.freeze({ ...english }),
    say(key: K, values: WordingValues = {}): Wording {
      const text = format(key).format(values);
      if (typeof text !== 'string') throw new InvariantError(`wording ${area}.${key} did not format to text`);
      return Object.freeze({ code: `${area}.${key}`, values: Object.freeze({ ...values }), text });
    },
  });
}

/** The English lines of several wordings, for the CLI and for text exports. */
export const wordingTexts = (wordings: readonly Wording[]): string[] => wordings.map((w) => w.text);
