import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { checkAcledHeader } from './acled-header.js';
import { ACLED_COLUMNS, ACLED_REQUIRED_COLUMNS, acledCountry, countryCodeFor, parseInterCode } from './acled-format.js';

function headerRefusal(names: string[]): { message: string; details: Record<string, unknown> } {
  try {
    checkAcledHeader(names);
  } catch (error) {
    if (isDossierError(error, 'VALIDATION_FAILED')) return { message: error.message, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('ACLED countries and actor codes', () => {
  it('finds a country however ACLED, Intl or a person spells it', () => {
    expect(countryCodeFor('Syria')).toBe('SY');
    expect(countryCodeFor('  syria ')).toBe('SY');
    expect(countryCodeFor('Turkey')).toBe('TR');
    expect(countryCodeFor('Türkiye')).toBe('TR');
    expect(countryCodeFor('Palestine')).toBe('PS');
    expect(countryCodeFor('Democratic Republic of Congo')).toBe('CD');
    expect(countryCodeFor('Republic of Congo')).toBe('CG');
    expect(countryCodeFor('Myanmar')).toBe('MM');
    expect(countryCodeFor('Burma')).toBe('MM');
    expect(countryCodeFor("Côte d'Ivoire")).toBe(countryCodeFor('Ivory Coast'));
    expect(countryCodeFor('Saint Kitts & Nevis')).toBe('KN');
    expect(countryCodeFor('St. Lucia')).toBe('LC');
  });

  it('finds no country in a name that is none, nor in an ambiguous "Congo"', () => {
    for (const name of ['Atlantis', '', 'Congo', 'European Union', 'Soviet Union', 'SY']) expect(countryCodeFor(name)).toBeUndefined();
  });

  it('gives ACLED’s own name, code and region for the countries it knows, and no guess for others', () => {
    expect(acledCountry('SY')).toEqual({ name: 'Syria', iso: '760', region: 'Middle East', known: true });
    expect(acledCountry('PS')).toEqual({ name: 'Palestine', iso: '275', region: 'Middle East', known: true });
    expect(acledCountry('UA')).toEqual({ name: 'Ukraine', iso: '', region: '', known: false });
    expect(acledCountry(undefined)).toEqual({ name: '', iso: '', region: '', known: false });
  });

  it('reads actor codes as ACLED wrote them before 2023 (digits) and since (names, singular or plural)', () => {
    expect(parseInterCode('1')).toBe(1);
    expect(parseInterCode(' 8 ')).toBe(8);
    expect(parseInterCode('State forces')).toBe(1);
    expect(parseInterCode('civilian')).toBe(7);
    expect(parseInterCode('External/Other forces')).toBe(8);
    expect(parseInterCode('Protesters')).toBe(6);
    for (const text of ['0', '9', '10', 'Militia', '', 'forces']) expect(parseInterCode(text)).toBeUndefined();
  });
});

describe('an ACLED header', () => {
  it('takes ACLED’s own header, and reads names trimmed and lower-cased', () => {
    expect(checkAcledHeader([...ACLED_COLUMNS])).toEqual([...ACLED_COLUMNS]);
    expect(checkAcledHeader(ACLED_REQUIRED_COLUMNS.map((c) => ` ${c.toUpperCase()} `))).toEqual([...ACLED_REQUIRED_COLUMNS]);
  });

  it('lets unnamed columns repeat, but refuses a column named twice, saying where', () => {
    expect(checkAcledHeader([...ACLED_REQUIRED_COLUMNS, '', ' '])).toHaveLength(ACLED_REQUIRED_COLUMNS.length + 2);
    const refused = headerRefusal(['event_date', 'Country', ...ACLED_REQUIRED_COLUMNS.filter((c) => c !== 'event_date' && c !== 'country'), 'country ']);
    expect(refused.message).toBe(`header: column "country" appears twice (columns 2 and ${ACLED_REQUIRED_COLUMNS.length + 1}): which one holds the value is not clear`);
    expect(refused.details).toMatchObject({ field: 'header', column: 'country' });
  });

  it('names every missing column, in one sentence or several', () => {
    const one = headerRefusal(ACLED_REQUIRED_COLUMNS.filter((c) => c !== 'fatalities'));
    expect(one.details).toMatchObject({ field: 'header', problem: 'missing column "fatalities"', missing: ['fatalities'] });
    expect(one.message).toMatch(/^header: missing column "fatalities"; an ACLED file needs event_date, /);
    const two = headerRefusal(['event_date', 'event_type', 'sub_event_type', 'actor1', 'country', 'location', 'fatalities']);
    expect(two.details).toMatchObject({ problem: 'missing columns "latitude", "longitude"', missing: ['latitude', 'longitude'] });
    expect(two.message).toMatch(/^header: missing columns "latitude", "longitude"; /);
  });
});
