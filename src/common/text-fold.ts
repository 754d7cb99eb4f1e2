/**
 * Folding for search and matching in English and Arabic: the same fold is applied to what is indexed and
 * to what is asked, so "Dūmā" finds "Duma" and "مُستشفى" finds "مستشفى".
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, Quranic marks, tatweel
const LATIN_MARKS = /[\u0300-\u036f]/g;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/['’‘ʿʾ`´]/g, '')
    .toLowerCase();
}
