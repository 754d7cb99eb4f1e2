import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ALL_MESSAGES, catalogueOf } from './catalogue.js';
import { isNameInEveryLanguage } from './language-checks.js';
import { LOCALES, type Locale } from './locales.js';

/** The plural forms each language must write out: Arabic has six; French and English need one and other. */
const REQUIRED_PLURAL_FORMS: Record<Locale, readonly string[]> = {
  en: ['one', 'other'],
  fr: ['one', 'other'],
  ar: new Intl.PluralRules('ar').resolvedOptions().pluralCategories,
};

/** Messages whose French is rightly word for word the English ("# incident", "# incidents"). */
const FRENCH_AS_ENGLISH = new Set(['analysis.incidents', 'analysis.classIncidents']);

interface Shape {
  args: Set<string>;
  plurals: { name: string; forms: string[] }[];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { args: new Set(), plurals: [] }): Shape {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    shape.args.add(element.value);
    if (element.type === TYPE.plural) shape.plurals.push({ name: element.value, forms: Object.keys(element.options) });
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    if (element.type === TYPE.tag) shapeOf(element.children, shape);
  }
  return shape;
}

/** The text a message writes itself: its literals, in every branch of its plurals and selects, and inside tags. */
function literalsOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.plural || element.type === TYPE.select) return Object.values(element.options).map((option) => literalsOf(option.value)).join(' ');
      if (element.type === TYPE.tag) return literalsOf(element.children);
      return ' ';
    })
    .join('');
}

describe('the message catalogue', () => {
  it('gathers the messages of every area', () => {
    expect(ALL_MESSAGES.length).toBeGreaterThan(50);
    const ids = ALL_MESSAGES.map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').toEqual([]);
    // Each language's catalogue, as the provider takes it, holds every message (how counts read in Arabic's six
    // plural forms is tested on the app's own messages, in incidents/values.test.ts).
    for (const locale of LOCALES) expect(Object.keys(catalogueOf(locale))).toHaveLength(ALL_MESSAGES.length);
  });

  it('has every message in every language, as ICU MessageFormat with the same arguments', () => {
    const problems: string[] = [];
    for (const message of ALL_MESSAGES) {
      const shapes = {} as Record<Locale, Shape>;
      for (const locale of LOCALES) {
        const text = message[locale];
        if (!text.trim()) {
          problems.push(`${message.id} [${locale}]: empty`);
          continue;
        }
        try {
          shapes[locale] = shapeOf(parse(text, { requiresOtherClause: true }));
        } catch (error) {
          problems.push(`${message.id} [${locale}]: ${(error as Error).message}`);
        }
      }
      const english = shapes.en;
      if (!english) continue;
      for (const locale of LOCALES) {
        const shape = shapes[locale];
        if (!shape) continue;
        const theirs = [...shape.args].sort().join(',');
        const ours = [...english.args].sort().join(',');
        if (theirs !== ours) problems.push(`${message.id} [${locale}]: arguments {${theirs}} differ from English {${ours}}`);
        for (const plural of shape.plurals) {
          const missing = REQUIRED_PLURAL_FORMS[locale].filter((form) => !plural.forms.includes(form));
          if (missing.length) problems.push(`${message.id} [${locale}]: plural {${plural.name}} lacks ${missing.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no message left in English in another language', () => {
    const untranslated: string[] = [];
    for (const message of ALL_MESSAGES) {
      const words = (text: string) => (literalsOf(parse(text)).match(/\p{L}[\p{L}-]*\p{L}/gu) ?? []).filter((word) => !isNameInEveryLanguage(word));
      const englishWords = words(message.en);
      if (englishWords.length === 0) continue;
      if (message.ar === message.en) untranslated.push(`${message.id} [ar]`);
      // French shares single words with English (Administration, Date, Source); a phrase the same is a copy.
      if (message.fr === message.en && englishWords.length > 1 && !FRENCH_AS_ENGLISH.has(message.id)) untranslated.push(`${message.id} [fr]`);
      // Arabic keeps only names of formats and standards in Latin letters (plural and select keys are not text).
      const latin = words(message.ar).filter((word) => /^[A-Za-z]/.test(word));
      if (latin.length) untranslated.push(`${message.id} [ar] keeps ${latin.join(' ')}`);
    }
    expect(untranslated).toEqual([]);
  });
});
