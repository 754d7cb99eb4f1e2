import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Page } from '@playwright/test';
import type { Message } from '../web/src/i18n/define-messages.js';
import { filesUnder, isNameInEveryLanguage, WEB_SOURCE } from '../web/src/i18n/language-checks.js';

/**
 * What the language suites need: the app's English words, to find any left on a page shown in Arabic or
 * French. The catalogue is read from the `*.messages.ts` files themselves, as the app's build gathers them.
 */

export async function appMessages(): Promise<Message[]> {
  const messages: Message[] = [];
  for (const file of filesUnder(WEB_SOURCE, (name) => name.endsWith('.messages.ts'))) {
    const module = (await import(file)) as Record<string, Record<string, Message>>;
    for (const table of Object.values(module)) for (const message of Object.values(table)) if (typeof message?.id === 'string') messages.push(message);
  }
  return messages;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each text an ICU message can produce, as a pattern: one per branch of its plurals and selects (an argument
 * matches anything), each with its own words. A branch of arguments alone would match any text, so only
 * branches with English words of their own are looked for.
 */
interface Variant {
  pattern: string;
  words: string;
}
const MAX_VARIANTS = 500;

function variantsOf(elements: MessageFormatElement[]): Variant[] {
  let variants: Variant[] = [{ pattern: '', words: '' }];
  for (const element of elements) {
    let next: Variant[];
    if (element.type === TYPE.literal) next = [{ pattern: escape(element.value), words: element.value }];
    else if (element.type === TYPE.plural || element.type === TYPE.select) next = Object.values(element.options).flatMap((option) => variantsOf(option.value));
    else if (element.type === TYPE.tag) next = variantsOf(element.children);
    else next = [{ pattern: '.+?', words: ' ' }];
    variants = variants.flatMap((a) => next.map((b) => ({ pattern: a.pattern + b.pattern, words: a.words + b.words }))).slice(0, MAX_VARIANTS);
  }
  return variants;
}

/**
 * Whether a text has English words of its own: not only arguments, digits and names the same everywhere, and
 * more than a joining word ("{a} and {b}" would match any sentence of the case's own data).
 */
function hasEnglishWords(words: string): boolean {
  const own = (words.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !isNameInEveryLanguage(word));
  return own.join('').length >= 5;
}

export interface EnglishCatalogue {
  /** Whole texts in English that the other language writes differently. */
  patterns: RegExp[];
  /** The case's own words (names of actors), which may happen to be the same as a label. */
  data: Set<string>;
}

/** The English the app may not show in `locale`: its messages (where they differ) and the vocabularies' labels. */
export function englishFor(messages: Message[], vocabularyLabels: { en: string; other: string }[], locale: 'fr' | 'ar', data: Iterable<string> = []): EnglishCatalogue {
  const patterns: RegExp[] = [];
  for (const message of messages) {
    if (message[locale] === message.en) continue;
    // Words the translation itself uses ("incidents", "sources" in French) prove nothing when found.
    const theirs = new Set(message[locale].toLowerCase().match(/\p{L}+/gu) ?? []);
    for (const variant of variantsOf(parse(message.en))) {
      const own = (variant.words.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => !theirs.has(word));
      if (hasEnglishWords(own.join(' '))) patterns.push(new RegExp(`^${variant.pattern}$`, 's'));
    }
  }
  for (const label of vocabularyLabels) if (label.en !== label.other) patterns.push(new RegExp(`^${escape(label.en)}$`));
  return { patterns, data: new Set(data) };
}

/**
 * The texts a reader sees on the page: visible text nodes, and the labels assistive technology reads
 * (aria-label, title, placeholder, alt). Data kept verbatim (hashes, names marked translate="no") is left out.
 */
export async function shownTexts(page: Page): Promise<string[]> {
  // Written as text: this project's type-check of the suites has no DOM library.
  return page.evaluate<string[]>(`(() => {
    const texts = [];
    const skipped = (element) => !!element?.closest('[translate="no"], script, style, code, kbd, samp, [hidden], [aria-hidden="true"]');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\\s+/g, ' ').trim();
      if (!text || skipped(node.parentElement)) continue;
      const box = node.parentElement?.getBoundingClientRect();
      if (box && box.width === 0 && box.height === 0 && !node.parentElement?.closest('.visually-hidden')) continue;
      texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (skipped(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.replace(/\\s+/g, ' ').trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  })()`);
}

/** The texts on the page that are English words of the app's own. */
export async function englishLeft(page: Page, english: EnglishCatalogue): Promise<string[]> {
  const texts = await shownTexts(page);
  return [...new Set(texts.filter((text) => !english.data.has(text) && english.patterns.some((pattern) => pattern.test(text))))];
}
