import { describe, expect, it } from 'vitest';
import { createdInWords } from './created-words.js';
import { isSensitivePlace, placeCountry } from './export-support.js';
import { LossTally, plural } from './losses.js';

describe('what an export lost, and what an import made, in words', () => {
  it('counts each loss once by key, in the order first met, worded with its final count', () => {
    const losses = new LossTally();
    losses.add('month', (n) => `${plural(n, 'row')} known only to the month`);
    losses.add('restricted', (n) => `${plural(n, 'restricted source')} left out`, 3);
    losses.add('month', (n) => `never used ${n}`, 1500);
    losses.add('nothing', () => 'never said', 0);
    losses.note('format', 'ACLED has no column for the weapon');
    losses.note('format', 'said only once');
    expect(losses.list()).toEqual(['1,501 rows known only to the month', '3 restricted sources left out', 'ACLED has no column for the weapon']);
  });

  it('says one or many, with an irregular plural when given', () => {
    expect(plural(1, 'row')).toBe('1 row');
    expect(plural(0, 'row')).toBe('0 rows');
    expect(plural(2, 'victim group')).toBe('2 victim groups');
    expect(plural(12_000, 'casualty', 'casualties')).toBe('12,000 casualties');
  });

  it('names what an import created, leaving out kinds it made none of when asked', () => {
    const created = { incidents: 1, victimGroups: 3, actors: 0, contextEvents: 1200, partnerThings: 2 };
    expect(createdInWords(created)).toEqual(['1 incident', '3 victim groups', '0 actors', '1,200 context events', '2 partnerThings']);
    expect(createdInWords(created, { omitNone: true })).toEqual(['1 incident', '3 victim groups', '1,200 context events', '2 partnerThings']);
  });

  it('keeps exact sites and protected sites from leaving at full precision', () => {
    expect(isSensitivePlace({ precision: 'exact_site' }, false)).toBe(true);
    expect(isSensitivePlace({ precision: 'settlement' }, true)).toBe(true);
    expect(isSensitivePlace({ precision: 'settlement' }, false)).toBe(false);
  });

  it('takes a place’s country as recorded, or as Syrian P-codes imply it', () => {
    expect(placeCountry({ precision: 'country', countryCode: 'IQ' })).toBe('IQ');
    expect(placeCountry({ precision: 'admin2', pcodes: { admin2: 'SY0200' } })).toBe('SY');
    expect(placeCountry({ precision: 'settlement', pcodes: { community: 'C1007' } })).toBe('SY');
    expect(placeCountry({ precision: 'named_region' })).toBeUndefined();
  });
});
