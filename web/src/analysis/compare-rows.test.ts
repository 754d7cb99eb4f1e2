import { describe, expect, it } from 'vitest';
import type { CompareResult, PartyComparison } from './analysis-types.js';
import { groupedBars, groupsTable, partiesTable, shareEstimates, standardsTable, victimsTable } from './compare-rows.js';
import { envelope, noVictims, victimTotal } from './test-results.js';

const counted = (attributedIds: string[], possiblyAttributedIds: string[] = []) => ({ attributed: attributedIds.length, possiblyAttributed: possiblyAttributedIds.length, attributedIds, possiblyAttributedIds });

function party(id: string, name: string, extra: Partial<PartyComparison>): PartyComparison {
  return {
    actor: { id, name, actorKind: 'organisation' },
    incidents: { ...counted([]), discountedOnly: 0, discountedOnlyIds: [] },
    byType: [],
    byMeans: [],
    byTarget: [],
    byTargetCategory: [],
    protectedShare: null,
    protectedShareBasis: { attacks: 0, onProtected: 0, onProtectedIds: [], withoutTarget: 0, withoutTargetIds: [], reason: 'too few incidents to say' },
    victims: noVictims(),
    victimsPossiblyAttributed: noVictims(),
    standards: [],
    ...extra,
  };
}

const result: CompareResult = {
  ...envelope('compare'),
  parties: [
    party('a1', 'Air force', {
      incidents: { ...counted(['i1', 'i2', 'i3', 'i4', 'i5'], ['i6']), discountedOnly: 0, discountedOnlyIds: [] },
      byTargetCategory: [{ category: 'medical', label: 'Hospitals and medical care', protection: 'specially_protected', terms: ['hospital'], ...counted(['i1', 'i2', 'i3'], ['i6']) }],
      protectedShare: { estimate: 0.6, low: 0.2307, high: 0.8824 },
      protectedShareBasis: { attacks: 5, onProtected: 3, onProtectedIds: ['i1', 'i2', 'i3'], withoutTarget: 0, withoutTargetIds: [], reason: null },
      victims: { ...noVictims(), killed: victimTotal('at least 7', ['i1'], 7, null) },
      standards: [{ standard: 'reasonable_grounds', incidents: 5, incidentIds: ['i1', 'i2', 'i3', 'i4', 'i5'] }],
    }),
    party('a2', 'Militia', { byTargetCategory: [{ category: 'market', label: 'Markets', protection: 'civilian_object', terms: ['market'], ...counted(['i7']) }] }),
  ],
};

describe('parties compared, shaped for the chart and tables', () => {
  it('puts the parties side by side in every group any of them has, with zeros where one has none', () => {
    expect(groupedBars(result, 'category')).toEqual([
      { key: 'medical', label: 'Hospitals and medical care', a0: 3, p0: 1, a1: 0, p1: 0 },
      { key: 'market', label: 'Markets', a0: 0, p0: 0, a1: 1, p1: 0 },
    ]);
  });

  it('gives each party its counts and its protected share with the interval, or why there is none', () => {
    expect(partiesTable(result).rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Air force', '5', '1', '5', '3', '60.0%', '23.1% to 88.2%'],
      ['Militia', '0', '0', '0', '0', '—', 'too few incidents to say'],
    ]);
    expect(shareEstimates(result)).toEqual([{ key: 'a1', label: 'Air force', estimate: 0.6, low: 0.2307, high: 0.8824 }]);
  });

  it('lists groups, victims and standards per party with the incidents counted', () => {
    expect(groupsTable(result, 'category').rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Air force', 'Hospitals and medical care', '3', '1'],
      ['Militia', 'Markets', '1', '0'],
    ]);
    expect(groupsTable(result, 'category').headers[1]).toBe('Target category');
    expect(victimsTable(result).rows.map((row) => row.map((cell) => cell.text))).toEqual([['Air force', 'killed', 'at least 7', 'no figure']]);
    const standards = standardsTable(result, (_, id) => id.replace('_', ' '));
    expect(standards.rows[0]!.map((cell) => cell.text)).toEqual(['Air force', 'reasonable grounds', '5']);
  });
});
