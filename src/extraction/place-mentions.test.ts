import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../places/gazetteer.js';
import { findPlaceMentions } from './place-mentions.js';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load();
});

/** Each mention as [the words its span covers, its candidates' P-codes or named-area ids]. */
function read(text: string) {
  return findPlaceMentions(text, gazetteer).map((mention) => [text.slice(mention.start, mention.end), mention.candidates.map((c) => c.pcode ?? c.namedArea)]);
}

describe('places named in running text', () => {
  it('finds English names of one to several words through the gazetteer, with their P-codes', () => {
    expect(read('Chemical weapons were used in the town of Erbin and in Deir ez-Zor; the siege of East Ghouta went on. The Commission found Government forces responsible.')).toEqual([
      ['Erbin', ['C2321']],
      ['Deir ez-Zor', ['C5086', 'SY09', 'SY0901']],
      ['East Ghouta', ['east-ghouta']],
    ]);
  });

  it('keeps a name borne by several places ambiguous, listing every one', () => {
    const [duma] = findPlaceMentions('Strikes hit Duma again.', gazetteer);
    expect(duma!.ambiguous).toBe(true);
    expect(duma!.candidates.map((c) => c.pcode)).toEqual(expect.arrayContaining(['C2338', 'SY0302']));
    expect(duma!.candidates.length).toBeGreaterThan(2);
  });

  it('finds Arabic names after a word that introduces a place, or with "ب" joined to them', () => {
    expect(read('قصفت الطائرات مدينة حلب وبلدة عربين، وقتل مدنيون بدوما وفي دير الزور.')).toEqual([
      ['حلب', ['C1007', 'SY02']],
      ['عربين', ['C2321']],
      ['دوما', expect.arrayContaining(['C2338', 'SY0302'])],
      ['دير الزور', ['C5086', 'SY09']],
    ]);
  });

  it('takes a name in another transliteration after a word that introduces a place, and only there', () => {
    expect(read('Strikes hit Saraqeb; later, strikes in Saraqeb and near Jisr al-Shughur.')).toEqual([
      ['Saraqeb', ['C3916']],
      ['Jisr al-Shughur', ['C4199', 'SY0704']],
    ]);
    expect(read('The Syrian Army and the Air Force of the Government.')).toEqual([]);
  });

  it('does not take lower-case English words or uncued Arabic words for places', () => {
    expect(read('the market was destroyed; duma is lower case here')).toEqual([]);
    expect(read('وقال حلب')).toEqual([]);
  });
});
