import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance, foldName, nameKeys, spellingKey, withoutArticle } from './fold.js';
import { defaultGeoDir, GEO_FILES } from './geo-data.js';

describe('foldName', () => {
  it('strips accents, case and apostrophe-like letters', () => {
    expect(foldName('‘Irbīn')).toBe('irbin');
    expect(foldName('ʿIrbīn')).toBe('irbin');
    expect(foldName("Dar'a")).toBe('dara');
    expect(foldName('Dar‘ā')).toBe('dara');
    expect(foldName('Dar’a')).toBe('dara');
    expect(foldName('Dar`a Dar´a')).toBe('dara dara');
    expect(foldName('Ma‘arrat an-Nu‘mān')).toBe('maarrat an numan');
    expect(foldName('Ḩalab Şāfītā Ţarţūs')).toBe('halab safita tartus');
  });

  it('turns hyphens, underscores and dots into single spaces', () => {
    expect(foldName('Deir-ez-Zor')).toBe('deir ez zor');
    expect(foldName('  Jisr_Ash.Shugur  ')).toBe('jisr ash shugur');
    expect(foldName('Kafr   Batna')).toBe('kafr batna');
  });

  it('folds Latin letters that do not decompose', () => {
    expect(foldName('Dıyarbakır')).toBe('diyarbakir');
    expect(foldName('Łódź')).toBe('lodz');
  });

  it('strips Arabic short vowels, shadda, sukun, superscript alef and tatweel', () => {
    expect(foldName('عَرْبِين')).toBe('عربين');
    expect(foldName('دُوما')).toBe('دوما');
    expect(foldName('حـلـب')).toBe('حلب');
    expect(foldName('الرَّقَّة')).toBe(foldName('الرقة'));
    expect(foldName('هٰذا')).toBe('هذا');
  });

  it('unifies Arabic letter variants', () => {
    expect(foldName('إدلب')).toBe('ادلب');
    expect(foldName('أعزاز')).toBe('اعزاز');
    expect(foldName('آ ٱ')).toBe('ا ا');
    expect(foldName('مصطفى')).toBe('مصطفي');
    expect(foldName('حماة')).toBe('حماه');
    expect(foldName('مؤتة')).toBe('موته');
    expect(foldName('بئر')).toBe('بير');
  });

  it('keeps digits and empties punctuation-only text', () => {
    expect(foldName('Block 14')).toBe('block 14');
    expect(foldName(" -'_. ")).toBe('');
  });
});

describe('withoutArticle and nameKeys', () => {
  it('drops a leading Latin or Arabic article as an extra key', () => {
    expect(nameKeys('Ar-Raqqa')).toEqual(['ar raqqa', 'raqqa']);
    expect(nameKeys('Al Bab')).toEqual(['al bab', 'bab']);
    expect(nameKeys('As-Sweida')).toEqual(['as sweida', 'sweida']);
    expect(nameKeys('الرقة')).toEqual(['الرقه', 'رقه']);
    expect(nameKeys('الباب')).toEqual(['الباب', 'باب']);
  });

  it('leaves names without article, and a lone article, alone', () => {
    expect(nameKeys('Aleppo')).toEqual(['aleppo']);
    expect(nameKeys('Al')).toEqual(['al']);
    expect(withoutArticle('alma')).toBeUndefined();
    expect(withoutArticle('الم')).toBeUndefined();
    expect(nameKeys('')).toEqual([]);
  });
});

describe('spellingKey', () => {
  const sameKey: string[][] = [
    ['Erbin', 'Arbin', '‘Irbīn', 'Irbin', 'Arbeen'],
    ['Douma', 'Duma', 'Dumah'],
    ['Daraa', 'Dar‘ā', 'Deraa', "Dar'a", "Dara'a"],
    ['Idlib', 'Idleb'],
    ['Hama', 'Hamah', 'Hamā'],
    ['Homs', 'Hims', 'Ḥimṣ'],
    ['Raqqa', 'Ar-Raqqa', 'Rakka', 'Raqqah', 'al-Raqqa'],
    ['Deir ez-Zor', 'Deir-ez-Zor', 'Dayr az Zawr', 'Deir Ezzor', 'Dayr al-Zawr'],
    ['Kafr Batna', 'Kfar Batna', 'Kafarbatna'],
    ['Zamalka', 'Zamalka', 'Zamalkā'],
    ['Saqba', 'Sakba'],
    ['Sweida', 'As-Suwayda', 'Suwayda'],
    ['Khan Shaykhun', 'Khan Sheikhoun', 'Khan Cheikhoun'],
    ['Jisr ash-Shughur', 'Jisr al-Shughour', 'Jisr-Ash-Shugur'],
    ["Ma'arrat an-Nu'man", 'Maarat al-Numan'],
    ['Ain Tarma', 'Ein Terma', 'Ayn Tarma'],
    ['Urum al-Kubra', 'Orm Elkubra', 'Orem al-Kubra'],
    ['Darayya', 'Daraya', 'Dārayyā'],
    ['عربين', 'عَرْبِين'],
    ['الرقة', 'رقة'],
  ];

  it.each(sameKey)('joins the variants of %s', (...variants) => {
    const keys = new Set(variants.map(spellingKey));
    expect([...keys]).toHaveLength(1);
    expect([...keys][0]).not.toBe('');
  });

  const differentKey: [string, string][] = [
    ['Daraa', 'Darayya'],
    ['Hama', 'Homs'],
    ['Duma', 'Dummar'],
    ['Duma', 'Dum'],
    ['Arbin', 'Rabin'],
    ['Khan', 'Kan'],
    ['Sham', 'Sam'],
    ['Kafr Batna', 'Kafr Nabl'],
    ['Idlib', 'Aleppo'],
    ['Zamalka', 'Zabadani'],
    ['Harasta', 'Hasakeh'],
    ['Saqba', 'Sabqa'],
  ];

  it.each(differentKey)('keeps %s and %s apart', (a, b) => {
    expect(spellingKey(a)).not.toBe(spellingKey(b));
  });

  it('returns an empty key when nothing distinctive is left', () => {
    expect(spellingKey('')).toBe('');
    expect(spellingKey('a')).toBe('');
    expect(spellingKey("'-")).toBe('');
  });

  it('does not collapse the names of Syria together wholesale', () => {
    const file = path.join(defaultGeoDir(), GEO_FILES.communities);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { NAME_EN: string } }[] };
    const namesByKey = new Map<string, Set<string>>();
    for (const { properties } of data.features) {
      const key = spellingKey(properties.NAME_EN);
      const names = namesByKey.get(key) ?? new Set<string>();
      names.add(foldName(properties.NAME_EN));
      namesByKey.set(key, names);
    }
    const distinctNames = new Set([...namesByKey.values()].flatMap((names) => [...names])).size;
    const largestGroup = Math.max(...[...namesByKey.values()].map((names) => names.size));
    // Different names sharing a key are rare and the biggest group stays a short list to choose from.
    expect(namesByKey.size / distinctNames).toBeGreaterThan(0.9);
    expect(largestGroup).toBeLessThanOrEqual(8);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('duma', 'duma')).toBe(0);
    expect(editDistance('douma', 'duma')).toBe(1);
    expect(editDistance('douma', 'dama')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
