import { describe, expect, it } from 'vitest';
import { ledgerText, methodText, reasonText, selectionText } from './envelope-words.js';
import { envelope } from './test-results.js';

describe('what a result says about itself', () => {
  it('says how many incidents it counts of those selected, and whether some were left out', () => {
    expect(selectionText({ selected: 1200, included: 1200, excluded: [] })).toBe('Counts 1,200 of the 1,200 incidents the filters select; none left out.');
    expect(selectionText(envelope('tempo').selection)).toBe('Counts 2 of the 3 incidents the filters select; left out:');
    expect(['below_grade', 'no_date', 'no_place', 'some_new_reason'].map(reasonText)).toEqual(['below the minimum grade', 'no date', 'no place', 'some new reason']);
  });

  it('names the method and version, and the ledger point with a short root', () => {
    expect(methodText(envelope('tempo'))).toBe('tempo, version 1');
    expect(ledgerText(envelope('tempo'))).toBe('tree size 42, root abababababab…');
  });
});
