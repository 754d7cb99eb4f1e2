import { describe, expect, it } from 'vitest';
import { claimKind, type ClaimDoc } from './claim-kind.js';
import { checkClaimValue } from './claimable-fields.js';
import { sourceKind, type SourceDoc } from './source-kind.js';
import { refusalOf, refusalOfLater } from '../common/refusal.test-support.js';
import { caseWith } from '../records/prepare-context.test-support.js';


function refusal(work: () => unknown): { field: unknown; message: string } {
  const { field, message } = refusalOf(work, 'VALIDATION_FAILED');
  return { field, message };
}

async function refusedField(work: Promise<unknown>): Promise<unknown> {
  return (await refusalOfLater(work, 'VALIDATION_FAILED')).field;
}

describe('what a claim’s value must be', () => {
  it('takes no value for a claim about a record as a whole, and requires one otherwise', () => {
    expect(checkClaimValue('incident', 'occurred', undefined, undefined)).toBeUndefined();
    expect(refusal(() => checkClaimValue('involvement', 'attribution', 'yes', undefined)).field).toBe('value');
    expect(refusal(() => checkClaimValue('victim_group', 'killed', undefined, undefined)).message).toBe('value: is required for a claim about victim_group.killed');
  });

  it('names the fields a kind may be claimed about when the field is not one of them', () => {
    expect(refusal(() => checkClaimValue('site', 'killed', 3, undefined))).toEqual({ field: 'subject.field', message: 'subject.field: a claim about a site cannot be about "killed" (claimable fields: place, function)' });
    expect(refusal(() => checkClaimValue('assessment', 'grade', 'confirmed', undefined)).message).toMatch(/\(claimable fields: none\)$/);
  });

  it('puts a count in normal form, and refuses one that is not a count', () => {
    expect(checkClaimValue('victim_group', 'killed', { qualifier: 'exact', min: 14 }, undefined)).toEqual({ qualifier: 'exact', min: 14, best: 14, max: 14 });
    expect(checkClaimValue('victim_group', 'displaced', { qualifier: 'vague', vague: 'thousands' }, undefined)).toEqual({ qualifier: 'vague', vague: 'thousands', min: 2000 });
    expect(refusal(() => checkClaimValue('victim_group', 'killed', 14, undefined)).field).toBe('value');
    expect(refusal(() => checkClaimValue('victim_group', 'killed', { qualifier: 'at_least' }, undefined)).field).toBe('value.min');
  });

  it('checks dates, places and text', () => {
    expect(checkClaimValue('incident', 'date', { edtf: '2016-07~', asReported: 'mi-juillet 2016' }, undefined)).toEqual({ edtf: '2016-07~', asReported: 'mi-juillet 2016' });
    expect(refusal(() => checkClaimValue('incident', 'date', '2016-07', undefined)).field).toBe('value');
    expect(String(refusal(() => checkClaimValue('context_event', 'date', { edtf: 'juillet 2016' }, undefined)).field)).toMatch(/^value/);
    expect(checkClaimValue('site', 'place', { precision: 'settlement', names: { ar: 'دوما' } }, undefined)).toEqual({ precision: 'settlement', names: { ar: 'دوما' } });
    expect(refusal(() => checkClaimValue('site', 'place', { precision: 'settlement' }, undefined)).field).toBe('value');
    expect(checkClaimValue('actor', 'chainOfCommand', 'قائد اللواء', undefined)).toBe('قائد اللواء');
    expect(refusal(() => checkClaimValue('act', 'consequences', '   ', undefined)).field).toBe('value');
  });

  it('checks terms against the field’s vocabulary, naming the entry at fault', () => {
    expect(checkClaimValue('act', 'type', 'barrel_bomb', undefined)).toBe('barrel_bomb');
    expect(refusal(() => checkClaimValue('act', 'type', 'barrel', undefined)).message).toBe('value: unknown term "barrel" in vocabulary incident_types');
    expect(checkClaimValue('act', 'means', ['barrel_bomb', 'toxic_chemical'], undefined)).toEqual(['barrel_bomb', 'toxic_chemical']);
    expect(refusal(() => checkClaimValue('act', 'means', ['barrel_bomb', 'chlorine'], undefined)).field).toBe('value[1]');
    expect(refusal(() => checkClaimValue('act', 'targets', [], undefined)).field).toBe('value');
    expect(refusal(() => checkClaimValue('incident', 'types', 'air_strike', undefined)).field).toBe('value');
  });
});

describe('a claim', () => {
  const CLAIM: ClaimDoc = { subject: { kind: 'victim_group', id: 'vg_1', field: 'killed' }, value: { qualifier: 'exact', best: 14 }, stance: 'asserts', sourceId: 'src_1' };

  it('is pending until analysts accept it, carries its subject’s incident, and its value in normal form', async () => {
    const ctx = caseWith({ src_1: {}, vg_1: { incidentId: 'inc_7' } });
    const doc = await claimKind.prepare(ctx, { ...CLAIM, evidenceIds: ['ev_1'] });
    expect(doc).toMatchObject({ status: 'pending', incidentId: 'inc_7', value: { qualifier: 'exact', min: 14, best: 14, max: 14 } });
    expect(ctx.looked).toEqual(['sourceId=src_1', 'evidenceIds[0]=ev_1', 'subject.id=vg_1']);
    const whole = await claimKind.prepare(caseWith({ inc_7: { incidentId: 'inc_7' } }), { subject: { kind: 'incident', id: 'inc_7', field: 'occurred' }, stance: 'denies', evidenceIds: ['ev_2'], status: 'accepted' });
    expect(whole).not.toHaveProperty('value');
    expect(whole.status).toBe('accepted');
  });

  it('needs a source or an evidence item, and is never about a claim or an assessment', async () => {
    expect(await refusedField(claimKind.prepare(caseWith({ vg_1: {} }), { ...CLAIM, sourceId: undefined }))).toBe('sourceId');
    expect(await refusedField(claimKind.prepare(caseWith({ src_1: {}, clm_1: {} }), { ...CLAIM, subject: { kind: 'claim', id: 'clm_1', field: 'status' } }))).toBe('subject.kind');
    expect(await refusedField(claimKind.prepare(caseWith({ src_1: {} }), CLAIM))).toBe('subject.id');
  });

  it('refuses a text span that ends before it starts, and a date it cannot read', async () => {
    const ctx = caseWith({ src_1: {}, vg_1: {} });
    expect(await refusedField(claimKind.prepare(ctx, { ...CLAIM, locator: { span: { start: 120, end: 80 } } }))).toBe('locator.span.end');
    await expect(claimKind.prepare(ctx, { ...CLAIM, locator: { span: { start: 80, end: 80 } } })).resolves.toBeDefined();
    expect(String(await refusedField(claimKind.prepare(ctx, { ...CLAIM, madeOn: 'last week' })))).toMatch(/^madeOn/);
  });

  it('is indexed under its subject, by stance and status', () => {
    const index = claimKind.index({ ...CLAIM, incidentId: 'inc_7', excerpt: '14 killed, including 5 children', madeOn: '2016-09-20' });
    expect(index).toMatchObject({ title: 'victim_group.killed', parentId: 'vg_1', incidentId: 'inc_7', status: 'pending', terms: [{ vocab: 'stance', term: 'asserts' }] });
    expect(index.search).toEqual({ title: 'killed claim', body: '14 killed, including 5 children' });
    expect(index.date).toEqual({ earliest: '2016-09-20T00:00:00.000Z', latest: '2016-09-20T23:59:59.999Z' });
    expect(claimKind.index(CLAIM)).toMatchObject({ incidentId: null, date: null, search: null });
  });
});

describe('a source', () => {
  const SOURCE: SourceDoc = { name: ' Witness W-07 ', sourceType: 'witness', reliability: 'C', partyToConflict: 'no', protectionLevel: 'restricted' };

  it('checks its publication date and the evidence holding it, and is indexed by reliability and type', async () => {
    const ctx = caseWith();
    expect((await sourceKind.prepare(ctx, { ...SOURCE, evidenceIds: ['ev_1', 'ev_2'] })).name).toBe('Witness W-07');
    expect(ctx.looked).toEqual(['evidenceIds[0]=ev_1', 'evidenceIds[1]=ev_2']);
    expect(String(await refusedField(sourceKind.prepare(ctx, { ...SOURCE, publishedOn: '10/03/2017' })))).toMatch(/^publishedOn/);
    expect(sourceKind.index({ ...SOURCE, name: 'Witness W-07', publishedOn: '2017-03' })).toMatchObject({
      status: 'C',
      terms: [{ vocab: 'source_type', term: 'witness' }],
      date: { earliest: '2017-03-01T00:00:00.000Z', latest: '2017-03-31T23:59:59.999Z' },
    });
  });
});
