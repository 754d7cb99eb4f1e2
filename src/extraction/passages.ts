/**
 * A document's text cut into paragraphs and sentences, each with its span and language. Reports mix
 * languages (an Arabic report quotes an English resolution), so the language is decided per passage, by its
 * letters: Arabic, Latin, or another script the extraction does not read (said, never guessed).
 */

export type PassageLanguage = 'en' | 'ar' | 'other';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  language: PassageLanguage;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'no', 'nos', 'art', 'arts', 'para', 'paras', 'dr', 'mr', 'mrs', 'ms', 'st', 'vol', 'p', 'pp', 'cf', 'etc', 'al', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.n', 'u.s', 'v', 'vs']);

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const blockStart = block.index;
    let start = blockStart;
    // A sentence ends at . ! ? ؟ (and the Arabic full stop ۔) followed by space, unless the word before is an abbreviation.
    for (const end of block[0].matchAll(/[.!?؟۔]+["'”’)\]]*(?=\s|$)/g)) {
      const stop = blockStart + end.index + end[0].length;
      const word = /([\p{L}.]+)\.*$/u.exec(text.slice(start, blockStart + end.index + 1))?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
      // An initial ("J. Smith") is an abbreviation too.
      if (end[0].startsWith('.') && (ABBREVIATIONS.has(word) || (word.length === 1 && /\p{L}/u.test(word)))) continue;
      push(sentences, text, start, stop, paragraph);
      start = stop;
    }
    push(sentences, text, start, blockStart + block[0].length, paragraph);
    paragraph++;
  }
  return sentences;
}

function push(sentences: Sentence[], text: string, from: number, to: number, paragraph: number): void {
  let [start, end] = [from, to];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ start, end, paragraph, language: languageOf(text.slice(start, end)) });
}

/** Scripts a passage the extraction cannot read may be in, named so the reader is told which. */
const OTHER_SCRIPTS = ['Cyrillic', 'Greek', 'Hebrew', 'Armenian', 'Georgian', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Thai', 'Ethiopic'] as const;

/** What a passage not read is written in: a language of Latin script ("French"), or the script ("Cyrillic"). */
export function unreadLanguageOf(passage: string): string {
  const latin = passage.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const others = passage.match(/\p{L}/gu)?.length ?? 0;
  return latin * 2 > others ? latinLanguageOf(passage) : otherScriptOf(passage);
}

/** The script most of a passage's letters not in Arabic or Latin script are in ("Cyrillic"), or "another script". */
export function otherScriptOf(passage: string): string {
  const counted = OTHER_SCRIPTS.map((script) => [script, passage.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0] as const);
  const [script, count] = counted.reduce((best, next) => (next[1] > best[1] ? next : best));
  return count > 0 ? script : 'another script';
}

/**
 * The language of a passage by its letters: Arabic or Latin script, whichever most of them are in; Latin script
 * that reads as another language of the region's reports (French, Spanish, German, Turkish, Kurdish) is not read.
 */
export function languageOf(passage: string): PassageLanguage {
  let [arabic, latin, other] = [0, 0, 0];
  for (const char of passage) {
    if (/[\u0600-\u06FF\u0750-\u077F]/.test(char)) arabic++;
    else if (/\p{Script=Latin}/u.test(char)) latin++;
    else if (/\p{L}/u.test(char)) other++;
  }
  if (arabic + latin + other === 0) return 'en';
  if (other > arabic && other > latin) return 'other';
  if (arabic > latin) return 'ar';
  return latinLanguageOf(passage) === 'English' ? 'en' : 'other';
}

/** Words so frequent in each language that a handful of them tell a sentence's language. */
const LATIN_LANGUAGES: [string, Set<string>][] = [
  ['English', new Set(['the', 'of', 'and', 'was', 'were', 'on', 'by', 'with', 'that', 'at', 'is', 'from', 'to', 'which', 'have', 'has'])],
  ['French', new Set(['le', 'les', 'des', 'du', 'et', 'est', 'dans', 'sur', 'une', 'par', 'au', 'aux', 'été', 'ont', 'qui', 'avec', 'ce'])],
  ['Spanish', new Set(['el', 'los', 'las', 'del', 'y', 'por', 'una', 'fue', 'fueron', 'con', 'que', 'se', 'al', 'su'])],
  ['German', new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'im', 'wurde', 'wurden', 'ein', 'eine', 'auf'])],
  ['Turkish', new Set(['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'olan', 'tarafından', 'daha', 'gibi'])],
  ['Kurdish', new Set(['û', 'di', 'ji', 'li', 'bi', 'ku', 'ew', 'hat', 'hatin', 'jî', 'hatiye'])],
];

/** The language a Latin-script passage reads as: English unless another's common words clearly outnumber its own. */
export function latinLanguageOf(passage: string): string {
  const words = passage.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = LATIN_LANGUAGES.map(([language, common]) => [language, words.filter((word) => common.has(word)).length] as const);
  const english = hits[0]![1];
  const [language, count] = hits.slice(1).reduce((best, next) => (next[1] > best[1] ? next : best));
  // Short passages (a name, a heading) and English quoting a title in French stay English.
  return count >= 3 && count > 2 * english ? language : 'English';
}
