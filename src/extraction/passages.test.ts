import { describe, expect, it } from 'vitest';
import { languageOf, otherScriptOf, sentencesOf } from './passages.js';

describe('passages', () => {
  it('cuts paragraphs into sentences, keeping abbreviations, initials and decimals inside them', () => {
    const text = 'On 3 March, aircraft struck Erbin (see para. 12, e.g. the market). J. Smith said 2.5 tonnes fell! Was it chlorine?\n\nقصفت الطائرات عربين. هل استخدم الكلور؟';
    const sentences = sentencesOf(text).map((s) => [text.slice(s.start, s.end), s.paragraph, s.language]);
    expect(sentences).toEqual([
      ['On 3 March, aircraft struck Erbin (see para. 12, e.g. the market).', 0, 'en'],
      ['J. Smith said 2.5 tonnes fell!', 0, 'en'],
      ['Was it chlorine?', 0, 'en'],
      ['قصفت الطائرات عربين.', 1, 'ar'],
      ['هل استخدم الكلور؟', 1, 'ar'],
    ]);
  });

  it('names the language of a passage by its letters, and says when it is neither Arabic nor English', () => {
    expect(languageOf('Резолюция Совета Безопасности')).toBe('other');
    expect(languageOf('قرار مجلس الأمن 2254 (Resolution)')).toBe('ar');
    expect(languageOf('Resolution 2254')).toBe('en');
    expect(otherScriptOf('Резолюция Совета Безопасности')).toBe('Cyrillic');
    expect(otherScriptOf('החלטת מועצת הביטחון')).toBe('Hebrew');
  });
});
