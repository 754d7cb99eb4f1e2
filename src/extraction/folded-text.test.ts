import { describe, expect, it } from 'vitest';
import { foldForMatching, originalSpan } from './folded-text.js';

describe('text folded for matching', () => {
  it('folds as search does and maps every folded character back to where it was written', () => {
    const written = 'Dūmā: قُتِلَ ما لا يقلّ عن ١٤ — 😀 Straße';
    const folded = foldForMatching(written);
    expect(folded.text).toBe('duma: قتل ما لا يقل عن 14 — 😀 strasse');
    for (const word of ['duma', 'قتل', 'يقل', '14', '😀', 'strasse']) {
      const at = folded.text.indexOf(word);
      const span = originalSpan(folded, at, at + word.length);
      expect(written.slice(span.start, span.end)).toBe({ duma: 'Dūmā', قتل: 'قُتِلَ', يقل: 'يقلّ', 14: '١٤', '😀': '😀', strasse: 'Straße' }[word]);
    }
  });
});
