/**
 * Text folded for matching as search and the gazetteer fold it (text-fold.ts: case, accents, Arabic short
 * vowels, hamza and letter shapes, Arabic-Indic digits), with, for every folded character, where it came from,
 * so a match in the folded text is reported as a span of the text as written.
 */
import { foldText } from '../common/text-fold.js';

export interface FoldedText {
  text: string;
  /** origin[i] is the index in the original text of folded character i; origin[text.length] is its length. */
  origin: number[];
}

/** Each character's fold, worked out once: a long document repeats the same few hundred characters. */
const folds = new Map<string, string>();

export function foldForMatching(original: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  // Character by character: a combining mark folds to nothing, "ß" to two letters that both come from it.
  for (let i = 0; i < original.length; i++) {
    const code = original.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    let folded = folds.get(char);
    if (folded === undefined) {
      folded = foldText(char);
      if (folds.size < 10_000) folds.set(char, folded);
    }
    text += folded;
    for (let k = 0; k < folded.length; k++) origin.push(i);
    if (code > 0xffff) i++;
  }
  origin.push(original.length);
  return { text, origin };
}

/**
 * The span of the original text a match at [start, end) of the folded text covers: up to where the next folded
 * character was written, so marks that fold to nothing after the last letter (a final vowel sign) stay with it.
 */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.origin[start]!, end: Math.max(folded.origin[end]!, folded.origin[end - 1]! + 1) };
}
