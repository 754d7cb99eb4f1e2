import { describe, expect, it } from 'vitest';
import { filterFromQuery } from './filter-input.js';
import { decodeCursor, encodeCursor } from './record-query.js';
import { refusalOf } from '../common/refusal.test-support.js';

function refusal(work: () => unknown): { field: unknown; message: string } {
  const { field, message } = refusalOf(work, 'VALIDATION_FAILED');
  return { field, message };
}

describe('list filters as the query string and the CLI give them', () => {
  it('reads comma-separated terms into one any-of filter each, dropping blanks', () => {
    const { filter } = filterFromQuery({ type: 'air_strike, barrel_bomb,,', means: ' ', target: 'hospital', actor: 'actr_1,actr_2' });
    expect(filter.terms).toEqual([
      { vocab: 'incident_type', anyOf: ['air_strike', 'barrel_bomb'] },
      { vocab: 'target', anyOf: ['hospital'] },
      { vocab: 'actor', anyOf: ['actr_1', 'actr_2'] },
    ]);
  });

  it('makes no filter of an empty query, and keeps the page apart from the filter', () => {
    expect(filterFromQuery({})).toEqual({ filter: {}, page: {} });
    expect(filterFromQuery({ limit: 20, cursor: 'abc', sort: '-date', q: 'مستشفى' })).toEqual({ filter: { text: 'مستشفى' }, page: { limit: 20, cursor: 'abc', sort: '-date' } });
  });

  it('takes statuses and grades as one list', () => {
    expect(filterFromQuery({ status: 'pending', grade: 'corroborated,confirmed' }).filter.status).toEqual(['pending', 'corroborated', 'confirmed']);
  });

  it('reads dates in words or EDTF into the bounds of a range, and refuses a range that ends before it starts', () => {
    expect(filterFromQuery({ from: '2016-07', to: '2016' }).filter).toEqual({ dateFrom: '2016-07-01T00:00:00.000Z', dateTo: '2016-12-31T23:59:59.999Z' });
    expect(filterFromQuery({ from: '2016-07-15', to: '2016-07-15' }).filter).toEqual({ dateFrom: '2016-07-15T00:00:00.000Z', dateTo: '2016-07-15T23:59:59.999Z' });
    expect(refusal(() => filterFromQuery({ from: '2017', to: '2016-12' })).field).toBe('to');
    expect(refusal(() => filterFromQuery({ from: '   ' })).field).toBe('from');
  });

  it('takes OCHA P-codes at every level and refuses anything else', () => {
    for (const pcode of ['SY02', 'SY0200', 'C1007']) expect(filterFromQuery({ pcode }).filter.pcode).toBe(pcode);
    for (const pcode of ['sy02', 'SY2', 'SY0200000', 'C', 'Aleppo']) expect(refusal(() => filterFromQuery({ pcode })).field).toBe('pcode');
  });

  it('refuses a P-code of no level, naming the shapes it takes, rather than finding nothing', () => {
    for (const pcode of ['SY020', 'SY02000', 'C10011011']) {
      const refused = refusal(() => filterFromQuery({ pcode }));
      expect(refused.field).toBe('pcode');
      expect(refused.message).toMatch(/SY02\b.*SY0200\b.*C1007/);
    }
  });

  it('refuses a sub-district P-code, which the index has no column for, pointing to its district', () => {
    const refused = refusal(() => filterFromQuery({ pcode: 'SY020000' }));
    expect(refused.field).toBe('pcode');
    expect(refused.message).toMatch(/sub-district/);
    expect(refused.message).toMatch(/SY0200\b/);
  });

  it('reads a bounding box west,south,east,north and refuses one turned round', () => {
    expect(filterFromQuery({ bbox: '35.9, 36.1, 37.3, 36.3' }).filter.bbox).toEqual({ west: 35.9, south: 36.1, east: 37.3, north: 36.3 });
    expect(refusal(() => filterFromQuery({ bbox: '36.1,35.9,36.3,37.3,1' })).field).toBe('bbox');
    expect(refusal(() => filterFromQuery({ bbox: '35.9,36.3,37.3,36.1' })).message).toMatch(/south ≤ north/);
    expect(refusal(() => filterFromQuery({ bbox: '37.3,36.1,35.9,36.3' })).message).toMatch(/west ≤ east/);
  });

  it('takes workflow statuses by their codes, naming one it does not know', () => {
    expect(filterFromQuery({ workflow: 'to_do,ready_for_review' }).filter.workflowStatus).toEqual(['to_do', 'ready_for_review']);
    expect(refusal(() => filterFromQuery({ workflow: 'to_do,done' })).message).toMatch(/^workflow: "done" is not a workflow status/);
  });

  it('passes parent and incident ids through as given', () => {
    expect(filterFromQuery({ parent: 'inc_1', incident: 'inc_2' }).filter).toEqual({ parentId: 'inc_1', incidentId: 'inc_2' });
  });
});

describe('a page cursor', () => {
  it('gives back the sort value and id it was made of, Arabic titles included', () => {
    expect(decodeCursor(encodeCursor(['2016-07-15T00:00:00.000Z', 'inc_1']))).toEqual(['2016-07-15T00:00:00.000Z', 'inc_1']);
    expect(decodeCursor(encodeCursor(['قصف مستشفى', 'inc_2']))).toEqual(['قصف مستشفى', 'inc_2']);
    expect(encodeCursor(['a', 'b'])).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses a cursor this server did not give out', () => {
    for (const cursor of ['', 'not a cursor', Buffer.from('["a"]').toString('base64url'), Buffer.from('["a",2]').toString('base64url'), Buffer.from('{"0":"a","1":"b"}').toString('base64url')]) {
      expect(refusal(() => decodeCursor(cursor)).field).toBe('cursor');
    }
  });
});
