/**
 * Text folded for matching (lower case; Arabic letters written in several ways made one; short vowels and
 * tatweel dropped) with, for every folded character, where it came from, so a match in the folded text is
 * reported as a span of the text as written.
 */
export interface FoldedText {
  text: string;
  /** origin[i] is the index in the original text of folded character i; origin[text.length] is its length. */
  origin: number[];
}

const DROPPED = /[\u064B-\u0652\u0670\u0640]/;
const LETTERS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه' };

export function foldForMatching(original: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (DROPPED.test(char)) continue;
    // One character in, one out: lower-casing that changes the length (İ) keeps the original letter.
    const lower = char.toLowerCase();
    text += LETTERS[char] ?? (lower.length === 1 ? lower : char);
    origin.push(i);
  }
  origin.push(original.length);
  return { text, origin };
}

/** The span of the original text a match at [start, end) of the folded text covers. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.origin[start]!, end: folded.origin[end - 1]! + 1 };
}
