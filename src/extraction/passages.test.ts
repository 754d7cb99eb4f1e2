import { describe, expect, it } from 'vitest';
import { languageOf, otherScriptOf, sentencesOf, unreadLanguageOf } from './passages.js';

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

  // Sentences written for this test.
  it('does not read Latin script in another language as English, and names that language', () => {
    const french = 'Le 15 juillet 2016, des barils explosifs ont été largués sur le marché de Erbin par les forces du gouvernement.';
    const spanish = 'El 15 de julio de 2016, los helicópteros del gobierno lanzaron barriles explosivos sobre el mercado de Erbin.';
    const kurdish = 'Di 15ê tîrmehê de, balafiran li bazara Erbînê bombe avêtin û gelek sivîl hatin kuştin ji ber ku ew li wir bûn.';
    for (const [passage, language] of [[french, 'French'], [spanish, 'Spanish'], [kurdish, 'Kurdish']] as const) {
      expect(languageOf(passage)).toBe('other');
      expect(unreadLanguageOf(passage)).toBe(language);
    }
    expect(unreadLanguageOf('Резолюция Совета Безопасности')).toBe('Cyrillic');
    // English naming French bodies, and short Latin-script passages, are still read as English.
    expect(languageOf('The report of the Commission d’enquête was presented to the Conseil des droits de l’homme in March.')).toBe('en');
    expect(languageOf('Médecins Sans Frontières')).toBe('en');
    expect(languageOf('On 15 July 2016, barrel bombs were dropped on the market in Erbin by government forces.')).toBe('en');
  });
});
