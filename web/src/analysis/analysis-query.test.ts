import { describe, expect, it } from 'vitest';
import { analysisPath, analysisQuery, selectionParams, tempoParams, typedDates } from './analysis-query.js';

describe('the selection an analysis runs on', () => {
  it('takes the shared filters the analyses understand, with the minimum grade', () => {
    const { params, notApplied } = selectionParams({ type: ['air_strike', 'shelling'], actor: ['actr_1'], pcode: 'SY02', from: ' 2016-07 ', to: '', grade: ['confirmed'] }, 'corroborated');
    expect(params).toEqual({ type: 'air_strike,shelling', actor: 'actr_1', pcode: 'SY02', from: '2016-07', grade: 'confirmed', minGrade: 'corroborated' });
    expect(notApplied).toEqual([]);
  });

  it('applies the means and the targets chosen, and does not name them as left out', () => {
    const { params, notApplied } = selectionParams({ means: ['barrel_bomb'], target: ['hospital', 'school'], q: 'convoy' }, undefined);
    expect(params).toEqual({ means: 'barrel_bomb', target: 'hospital,school' });
    expect(notApplied).toEqual(['the text search']);
  });

  it('names the filters it cannot apply: the text search and the map area', () => {
    const { params, notApplied } = selectionParams({ q: 'bakery', bbox: [36, 35, 38, 37] }, undefined);
    expect(params).toEqual({});
    expect(notApplied).toEqual(['the text search', 'the map area']);
    expect(selectionParams({ q: '  ' }, undefined).notApplied).toEqual([]);
  });
});

describe('an analysis address', () => {
  it('orders the keys, so the same question is the same address', () => {
    expect(analysisQuery({ window: 30, bin: 'week', around: 'ctx_a,ctx_b' })).toBe('around=ctx_a%2Cctx_b&bin=week&window=30');
    expect(analysisPath('case 1', 'pattern', {})).toBe('/cases/case%201/analysis/pattern');
    expect(analysisPath('c', 'sequence', { level: 'admin1' })).toBe('/cases/c/analysis/sequence?level=admin1');
  });
});

describe('tempo parameters', () => {
  const none = { bin: 'week' as const, eventIds: [], eventKind: '', dates: '', windowDays: 30 };

  it('asks for a window only when there are anchors', () => {
    expect(tempoParams(none)).toEqual({ bin: 'week' });
    expect(tempoParams({ ...none, eventIds: ['ctx_a', 'ctx_b'], windowDays: 14 })).toEqual({ bin: 'week', around: 'ctx_a,ctx_b', window: 14 });
    expect(tempoParams({ ...none, bin: 'month', eventKind: 'peace_talks', dates: '2016-09-12, 2016-10-01' })).toEqual({
      bin: 'month',
      aroundKind: 'peace_talks',
      aroundDate: '2016-09-12,2016-10-01',
      window: 30,
    });
  });

  it('reads typed dates split by commas or spaces', () => {
    expect(typedDates(' 2016-09-12,2016-10-01  2016-11-02 ,')).toEqual(['2016-09-12', '2016-10-01', '2016-11-02']);
    expect(typedDates('')).toEqual([]);
  });
});
