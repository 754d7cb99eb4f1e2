/**
 * Folding for matching in English and Arabic: what never distinguishes two words (case, accents,
 * apostrophes for ayn and hamza, Arabic short vowels, tatweel, letter-shape variants, Arabic-Indic digits).
 * Search applies it to what is indexed and to what is asked, and the gazetteer to names, so "Dūmā" finds
 * "Duma" and "مُستشفى" finds "مستشفى".
 */

/** Apostrophe-like letters used for ayn and hamza, removed outright (Dar'a → dara, not "dar a"). */
const APOSTROPHES = /['’‘ʿʾʻʼ`´ʹ′]/g;

/** Latin letters that Unicode decomposition leaves alone. */
const LATIN_EXTRA: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Arabic letters folded to one shape; hamza-carrying alefs, waw and ya are handled by decomposition. */
const ARABIC_EXTRA: Record<string, string> = { ٱ: 'ا', ى: 'ي', ی: 'ي', ة: 'ه', ک: 'ك', ـ: '' };

export function foldText(text: string): string {
  return (
    text
      .replace(APOSTROPHES, '')
      .normalize('NFKD')
      // All combining marks: Latin accents, Arabic harakat (U+064B-U+065F), superscript alef (U+0670) and the
      // hamza that decomposition splits off أ إ آ ؤ ئ.
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ıøłđħßæœþٱىیةکـ]/g, (ch) => LATIN_EXTRA[ch] ?? ARABIC_EXTRA[ch] ?? ch)
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  );
}
