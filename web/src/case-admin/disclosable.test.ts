import { describe, expect, it } from 'vitest';
import { DISCLOSABLE_KINDS, disclosedHref, disclosedKindLabel, pickableOf } from './disclosable.js';

describe('picker labels', () => {
  it('names a record by its title and id', () => {
    expect(pickableOf({ id: 'inc_1', title: 'Convoy  strike\nnear Urum' })).toEqual({ id: 'inc_1', label: 'Convoy strike near Urum (inc_1)' });
  });

  it('falls back to the name, then the file name, then the id', () => {
    expect(pickableOf({ id: 'act_1', name: 'Air force' }).label).toBe('Air force (act_1)');
    expect(pickableOf({ id: 'evi_1', originalName: 'شهادة.txt' }).label).toBe('شهادة.txt (evi_1)');
    expect(pickableOf({ id: 'clm_1', title: '  ' })).toEqual({ id: 'clm_1', label: 'clm_1' });
  });

  it('cuts a long description to one short line without splitting a character', () => {
    const label = pickableOf({ id: 'src_1', description: 'ف'.repeat(200) }).label;
    expect(label).toBe(`${'ف'.repeat(79)}… (src_1)`);
  });
});

describe('disclosed addresses', () => {
  it('reads a record as JSON and an evidence item as its content', () => {
    expect(disclosedHref('aleppo 2016', 'record', 'inc_1')).toBe('/api/v1/cases/aleppo%202016/disclosed/records/inc_1');
    expect(disclosedHref('c', 'evidence', 'evi_1')).toBe('/api/v1/cases/c/disclosed/evidence/evi_1/content');
    expect(disclosedHref('c', 'analysis', 'anl_1')).toBe('/api/v1/cases/c/disclosed/analyses/anl_1');
  });
});

describe('kinds in words', () => {
  it('offers each disclosable kind with its name', () => {
    expect(DISCLOSABLE_KINDS.find((k) => k.value === 'victim-groups')?.label.en).toBe('Victim group');
  });

  it('names a disclosed record, evidence or pinned analysis by its kind, and a kind it does not know made readable', () => {
    expect(disclosedKindLabel('victim_group')).toBe('victim group');
    expect(disclosedKindLabel('evidence')).toBe('evidence');
    expect(disclosedKindLabel('future_kind')).toBe('future kind');
    expect(disclosedKindLabel('constructor')).toBe('constructor');
  });
});
