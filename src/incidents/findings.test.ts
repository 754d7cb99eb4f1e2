import { describe, expect, it } from 'vitest';
import { atLeast, between, exactly, type Count } from '../values/count.js';
import { countEnvelope, figureForTotal, findingFor, type ClaimForFinding } from './findings.js';

const KILLED = { kind: 'victim_group', id: 'vg_1', field: 'killed' };

const claim = (id: string, stance: string, value?: unknown, status = 'accepted'): ClaimForFinding => ({ id, subject: KILLED, stance, status, sourceId: `src_${id}`, ...(value === undefined ? {} : { value }) });

describe('what a record shows for a field, given the claims about it', () => {
  it('shows the value as entered when no accepted claim speaks of the field', () => {
    const finding = findingFor(KILLED, exactly(14), [claim('a', 'asserts', exactly(20), 'pending'), claim('b', 'denies', undefined, 'rejected'), { ...claim('c', 'asserts', exactly(9)), subject: { ...KILLED, field: 'injured' } }]);
    expect(finding).toMatchObject({ status: 'unsourced', value: exactly(14), values: [], denials: [], neutral: [] });
  });

  it('agrees when accepted claims say the same, whatever words each source used', () => {
    const finding = findingFor(KILLED, undefined, [claim('a', 'asserts', exactly(14, 'fourteen')), claim('b', 'reports_third_party', exactly(14, '14 martyrs')), claim('c', 'unable_to_assess')]);
    expect(finding.status).toBe('agreed');
    expect(finding.value).toEqual(exactly(14, 'fourteen'));
    expect(finding.values.map((v) => v.claimId)).toEqual(['a', 'b']);
    expect(finding.neutral).toEqual(['c']);
  });

  it('shows conflicting counts as the span they cover, never a made-up middle', () => {
    const finding = findingFor(KILLED, undefined, [claim('a', 'asserts', exactly(14)), claim('b', 'asserts', exactly(20))]);
    expect(finding).toMatchObject({ status: 'conflicting', value: { qualifier: 'range', min: 14, max: 20 } });
  });

  it('calls a field disputed when accepted claims both assert and deny it, and denied when they only deny', () => {
    expect(findingFor(KILLED, undefined, [claim('a', 'asserts', atLeast(30)), claim('b', 'denies')])).toMatchObject({ status: 'disputed', value: atLeast(30), denials: ['b'] });
    const denied = findingFor(KILLED, exactly(3), [claim('b', 'denies'), claim('c', 'speculates')]);
    expect(denied).toMatchObject({ status: 'denied', denials: ['b'], neutral: ['c'] });
    expect(denied).not.toHaveProperty('value');
  });

  it('shows no envelope for conflicting values that are not counts', () => {
    const date = { kind: 'incident', id: 'inc_1', field: 'date' };
    const finding = findingFor(date, undefined, [
      { id: 'a', subject: date, stance: 'asserts', status: 'accepted', value: { edtf: '2016-09-19' } },
      { id: 'b', subject: date, stance: 'asserts', status: 'accepted', value: { edtf: '2016-09-20' } },
    ]);
    expect(finding.status).toBe('conflicting');
    expect(finding.value).toBeUndefined();
  });
});

describe('the envelope of several counts', () => {
  it('runs from the lowest lower bound to the highest upper bound, open when any is open', () => {
    expect(countEnvelope([exactly(14), between(10, 18)])).toEqual({ qualifier: 'range', min: 10, max: 18 });
    expect(countEnvelope([exactly(14), atLeast(30)])).toEqual({ qualifier: 'at_least', min: 14 });
    expect(countEnvelope([exactly(7), exactly(7)])).toEqual({ qualifier: 'exact', min: 7, best: 7, max: 7 });
  });

  it('is unknown when no count is known, and leaves unknown counts out of the lower bound', () => {
    expect(countEnvelope([{ qualifier: 'unknown' }])).toEqual({ qualifier: 'unknown' });
    expect(countEnvelope([])).toEqual({ qualifier: 'unknown' });
    // An unknown count has no upper bound, so the envelope is open.
    expect(countEnvelope([exactly(5), { qualifier: 'unknown' }])).toEqual({ qualifier: 'at_least', min: 5 });
  });

  it('adds to a total what a figure shows, an unknown when it is spoken of without a value, nothing when denied', () => {
    const shown = findingFor(KILLED, exactly(4), []);
    expect(figureForTotal(shown)).toEqual(exactly(4));
    const noValue = findingFor(KILLED, undefined, [claim('a', 'asserts', { edtf: '2016' }), claim('b', 'asserts', { edtf: '2017' })]);
    expect(figureForTotal(noValue)).toEqual<Count>({ qualifier: 'unknown' });
    expect(figureForTotal(findingFor(KILLED, undefined, [claim('b', 'denies')]))).toBeUndefined();
    expect(figureForTotal(findingFor(KILLED, undefined, []))).toBeUndefined();
  });
});
