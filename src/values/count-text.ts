import { invalidField } from '../common/errors.js';
import { normaliseCount, VAGUE_FLOORS, type Count, type VagueWord } from './count.js';
import { arabicCountPhrase, hasArabicLetters } from './count-text-ar.js';
import { frenchCountPhrase } from './count-text-fr.js';

/**
 * Reads a figure typed the way sources write it ("at least 14", "14-20", "dozens", "more than 100",
 * "about 300", "twenty-three", "unknown") into a Count that keeps the words as reported. Each reading is
 * conservative: "more than 100" is at least 101, "nearly 50" is at most 50. Arabic figures ("ما لا يقل عن
 * ١٤", "عشرات") are first restated in these words (count-text-ar.ts), so both languages mean the same; French
 * figures ("au moins 14", "des dizaines") likewise (count-text-fr.ts), when the English words read nothing.
 */
export function parseCountText(field: string, text: string): Count {
  const asReported = text.trim();
  const arabic = hasArabicLetters(asReported);
  const words = arabic ? (arabicCountPhrase(asReported) ?? asReported) : asReported;
  if (phraseOf(words) === '') throw invalidField(field, 'is empty; write a figure such as "at least 14", "14-20" or "unknown"');
  // French is tried only where English reads nothing, so an English phrase keeps its meaning whatever it shares with French.
  const count = readCount(field, words, asReported) ?? (arabic ? null : readFrench(field, asReported));
  if (count) return count;
  throw invalidField(field, `cannot read "${asReported}" as a figure; write e.g. "14", "at least 14", "14-20", "about 100", "dozens" or "unknown"`, asReported);
}

function readFrench(field: string, asReported: string): Count | null {
  const words = frenchCountPhrase(asReported);
  return words === null ? null : readCount(field, words, asReported);
}

/** The words lowercased, spaces made single, thousands separators (1,000 or ١٬٠٠٠) removed. */
function phraseOf(words: string): string {
  return words.toLowerCase().replace(/[,\u066C](?=\d{3}\b)/g, '').replace(/\s+/g, ' ');
}

/** The English words read as a Count, or null when they are no figure the reader knows. */
function readCount(field: string, words: string, asReported: string): Count | null {
  const phrase = phraseOf(words);
  if (/^(unknown|unclear|not known|n\/?a|\?)$/.test(phrase)) return { qualifier: 'unknown', asReported };
  const vague = VAGUE_PHRASES.find(([pattern]) => pattern.test(phrase));
  if (vague) return normaliseCount(field, { qualifier: 'vague', vague: vague[1], asReported });

  const exact = readNumber(phrase);
  if (exact !== null) return normaliseCount(field, { qualifier: 'exact', best: exact, asReported });
  const range =
    /^between (\S+(?: \S+)?) (?:and|to) (\S+(?: \S+)?)$/.exec(phrase) ?? /^(?:from )?(\S+(?: \S+)??) ?(?:-|–|—|to) ?(\S+(?: \S+)?)$/.exec(phrase);
  if (range?.[1] && range[2]) {
    const [min, max] = [readNumber(range[1]), readNumber(range[2])];
    if (min !== null && max !== null) return normaliseCount(field, { qualifier: 'range', min, max, asReported });
  }
  for (const [pattern, build] of PREFIXED) {
    const match = pattern.exec(phrase);
    const value = match?.[1] === undefined ? null : readNumber(match[1]);
    if (value !== null) return normaliseCount(field, { ...build(value), asReported });
  }
  const plus = /^(\S+)\+$/.exec(phrase);
  const plusValue = plus?.[1] === undefined ? null : readNumber(plus[1]);
  if (plusValue !== null) return normaliseCount(field, { qualifier: 'at_least', min: plusValue, asReported });
  return null;
}

const VAGUE_PHRASES: [RegExp, VagueWord][] = [
  // The smaller word is all the phrase supports.
  [/^hundreds,? (if not|or even|perhaps) thousands$/, 'hundreds'],
  [/^dozens,? (if not|or even|perhaps) hundreds$/, 'dozens'],
  [/^(a )?few$/, 'few'],
  [/^several$/, 'several'],
  [/^(many|numerous|scores)$/, 'many'],
  [/^(dozens|tens)( of)?$/, 'dozens'],
  [/^hundreds$/, 'hundreds'],
  [/^thousands$/, 'thousands'],
];

const PREFIXED: [RegExp, (n: number) => Count][] = [
  [/^(?:at least|a minimum of|no fewer than|not less than|minimum|min\.?) (\S+(?: \S+)?)$/, (n) => ({ qualifier: 'at_least', min: n })],
  [/^(?:more than|over|upwards of|in excess of) (\S+(?: \S+)?)$/, (n) => ({ qualifier: 'at_least', min: n + 1 })],
  [/^(?:at most|up to|no more than|not more than|a maximum of|maximum|max\.?) (\S+(?: \S+)?)$/, (n) => ({ qualifier: 'at_most', max: n })],
  [/^(?:fewer than|less than|under) (\S+(?: \S+)?)$/, (n) => ({ qualifier: 'at_most', max: Math.max(0, n - 1) })],
  [/^(?:nearly|almost) (\S+(?: \S+)?)$/, (n) => ({ qualifier: 'at_most', max: n })],
  [/^(?:about|around|approximately|approx\.?|roughly|some|circa|ca\.?|c\.|~) ?(\S+(?: \S+)?)$/, (n) => ({ qualifier: 'approx', best: n })],
];

const SMALL: Record<string, number> = {
  zero: 0, none: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Arabic-Indic digits (١٤) and their Persian forms (۱۴) written as 0–9. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** "14", "١٤" (Arabic-Indic digits), "twenty-three", "a hundred", "two thousand", "3 thousand". */
export function readNumber(text: string): number | null {
  const digits = westernDigits(text);
  if (/^\d+$/.test(digits)) return Number.parseInt(digits, 10);
  const words = digits.replace(/-/g, ' ').split(' ').filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let last: 'none' | 'tens' | 'units' | 'scale' = 'none';
  for (const word of words) {
    const isDigits = /^\d+$/.test(word);
    const small = isDigits ? Number.parseInt(word, 10) : SMALL[word];
    const scale = SCALES[word];
    if (small !== undefined) {
      // "twenty three" composes; "14 20" or "three twenty" do not.
      const composes = last === 'none' || last === 'scale' || (last === 'tens' && small < 10 && !isDigits);
      if (!composes) return null;
      current += small;
      last = !isDigits && small >= 20 && small % 10 === 0 ? 'tens' : 'units';
    } else if (scale !== undefined) {
      current = (current === 0 ? 1 : current) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      last = 'scale';
    } else {
      return null;
    }
  }
  return last === 'none' ? null : total + current;
}

/** The floor a vague word stands for, so a reader can see how "dozens" was read. */
export function vagueFloor(word: VagueWord): number {
  return VAGUE_FLOORS[word];
}
