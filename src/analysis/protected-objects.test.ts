import { describe, expect, it } from 'vitest';
import { TARGET_OBJECTS } from '../vocab/vocabularies.js';
import { isSpeciallyProtected, LEGAL_SOURCES, TARGET_CATEGORIES, TARGET_PROTECTIONS, targetProtection } from './protected-objects.js';

describe('specially protected objects', () => {
  it('gives every target term of the vocabulary a protection, once, in the vocabulary’s order', () => {
    expect(TARGET_PROTECTIONS.map((entry) => entry.term)).toEqual([...TARGET_OBJECTS]);
  });

  it('treats medical, educational, religious, cultural, humanitarian, civil-defence targets and objects indispensable to survival as specially protected', () => {
    const special = [
      'hospital', 'primary_health_facility', 'medical_transport', 'medical_personnel', 'patients', 'school', 'place_of_worship', 'cultural_property',
      'humanitarian_convoy', 'humanitarian_warehouse', 'humanitarian_personnel', 'un_premises', 'civil_defence', 'water_facility', 'bakery_or_food_distribution', 'agricultural',
    ];
    for (const term of special) expect(isSpeciallyProtected(term), term).toBe(true);
  });

  it('says markets and homes are civilian objects without special protection, and a claimed military objective is not protected', () => {
    for (const term of ['market', 'residential', 'power_infrastructure', 'displacement_camp']) {
      expect(isSpeciallyProtected(term), term).toBe(false);
      expect(targetProtection(term)!.protection).toBe('civilian_object');
      expect(targetProtection(term)!.note).toContain('not specially protected');
    }
    expect(isSpeciallyProtected('military_objective')).toBe(false);
    expect(targetProtection('military_objective')!.protection).toBe('not_protected');
    expect(isSpeciallyProtected('no_such_term')).toBe(false);
  });

  it('cites the provisions for each kind of protection', () => {
    const basis = (term: string) => targetProtection(term)!.basis.join('; ');
    expect(basis('hospital')).toContain('GC I art. 19');
    expect(basis('hospital')).toContain('AP I art. 12');
    expect(basis('hospital')).toMatch(/8\(2\)\(b\)\(ix\).*8\(2\)\(b\)\(xxiv\).*8\(2\)\(e\)\(ii\).*8\(2\)\(e\)\(iv\)/);
    expect(basis('school')).toMatch(/8\(2\)\(b\)\(ix\), 8\(2\)\(e\)\(iv\)/);
    expect(basis('humanitarian_convoy')).toMatch(/8\(2\)\(b\)\(iii\), 8\(2\)\(e\)\(iii\)/);
    expect(basis('civil_defence')).toContain('AP I art. 62');
    for (const term of ['water_facility', 'bakery_or_food_distribution', 'agricultural']) expect(basis(term)).toMatch(/AP I art\. 54.*AP II art\. 14/);
  });

  it('uses only abbreviations it explains', () => {
    const known = Object.keys(LEGAL_SOURCES);
    for (const entry of TARGET_PROTECTIONS) {
      expect(entry.basis.length, entry.term).toBeGreaterThan(0);
      for (const citation of entry.basis) expect(known.some((abbreviation) => citation.startsWith(`${abbreviation} `)), citation).toBe(true);
    }
  });

  it('groups every term into one category, whose terms share one protection', () => {
    const grouped = TARGET_CATEGORIES.flatMap((category) => category.terms);
    expect([...grouped].sort()).toEqual([...TARGET_OBJECTS].sort());
    for (const category of TARGET_CATEGORIES) {
      expect(category.terms.length, category.category).toBeGreaterThan(0);
      for (const term of category.terms) expect(targetProtection(term)!.protection, term).toBe(category.protection);
    }
  });
});
