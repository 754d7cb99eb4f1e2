import { describe, expect, it } from 'vitest';
import { actorKind, type ActorDoc } from './actor-kind.js';
import { involvementKind, type InvolvementDoc } from './involvement-kind.js';
import { refusalOfLater } from '../common/refusal.test-support.js';
import { caseWith } from '../records/prepare-context.test-support.js';


async function refusal(work: Promise<unknown>): Promise<{ field: unknown; message: string }> {
  const { field, message } = await refusalOfLater(work, 'VALIDATION_FAILED');
  return { field, message };
}

const PILOT: ActorDoc = { name: ' Col. Example ', actorKind: 'person', actorType: 'individual' };
const SQUADRON: ActorDoc = { name: 'Squadron 1', actorKind: 'unit', actorType: 'state_armed_forces' };

describe('an actor', () => {
  it('keeps a person’s dated postings in units of the case, and its name trimmed', async () => {
    const ctx = caseWith({ actr_sq: {} });
    const doc = await actorKind.prepare(ctx, { ...PILOT, postings: [{ unitId: 'actr_sq', role: 'pilot', from: '2015-09', to: '2016-12' }] });
    expect(doc.name).toBe('Col. Example');
    expect(ctx.looked).toEqual(['postings[0].unitId=actr_sq']);
  });

  it('gives postings to people only, and refuses an actor its own superior', async () => {
    expect((await refusal(actorKind.prepare(caseWith({ actr_sq: {} }), { ...SQUADRON, postings: [{ unitId: 'actr_sq' }] }))).field).toBe('postings');
    expect((await refusal(actorKind.prepare(caseWith({ actr_sq: {} }, 'actr_sq'), { ...SQUADRON, parentUnits: [{ actorId: 'actr_sq' }] }))).field).toBe('parentUnits[0].actorId');
    expect((await refusal(actorKind.prepare(caseWith(), { ...SQUADRON, parentUnits: [{ actorId: 'actr_gone' }] }))).field).toBe('parentUnits[0].actorId');
  });

  it('refuses a span that ends before it starts, but not one whose uncertain ends may overlap', async () => {
    const ctx = caseWith({ actr_div: {} });
    const backwards = await refusal(actorKind.prepare(ctx, { ...SQUADRON, parentUnits: [{ actorId: 'actr_div', from: '2016', to: '2013' }] }));
    expect(backwards).toEqual({ field: 'parentUnits[0].to', message: 'parentUnits[0].to: ends (2013) before it starts (2016)' });
    // "About 2016" may begin in 2015, and "about 2015" may end in 2016.
    await expect(actorKind.prepare(ctx, { ...SQUADRON, parentUnits: [{ actorId: 'actr_div', from: '2016~', to: '2015~' }] })).resolves.toBeDefined();
    await expect(actorKind.prepare(ctx, { ...SQUADRON, parentUnits: [{ actorId: 'actr_div', from: '2016-03' }] })).resolves.toBeDefined();
    expect(String((await refusal(actorKind.prepare(ctx, { ...SQUADRON, parentUnits: [{ actorId: 'actr_div', to: 'spring 2016' }] }))).field)).toMatch(/^parentUnits\[0\]\.to/);
  });

  it('is found by every name it goes by, in English and Arabic', () => {
    const index = actorKind.index({ ...SQUADRON, names: { en: 'First Squadron', ar: 'السرب الأول', other: ['Sq. 1'] }, description: 'Su-24 squadron' });
    expect(index).toEqual({ title: 'Squadron 1', status: 'state_armed_forces', search: { title: 'Squadron 1 First Squadron السرب الأول Sq. 1', body: 'Su-24 squadron' } });
  });
});

describe('an involvement', () => {
  const INVOLVED: InvolvementDoc = { actId: 'act_1', actorIds: ['actr_ru', 'actr_sy'], eitherOr: true, factualRole: 'carried_out', attributionStatus: 'alleged_by_source' };

  it('takes its incident from its act, and checks every actor and claim it names', async () => {
    const ctx = caseWith({ act_1: { incidentId: 'inc_7' }, actr_ru: {}, actr_sy: {}, clm_1: {} });
    const doc = await involvementKind.prepare(ctx, { ...INVOLVED, claimIds: ['clm_1'] });
    expect(doc).toMatchObject({ incidentId: 'inc_7' });
    expect(ctx.looked).toEqual(['actId=act_1', 'actorIds[0]=actr_ru', 'actorIds[1]=actr_sy', 'claimIds[0]=clm_1']);
    expect((await refusal(involvementKind.prepare(caseWith({ act_1: { incidentId: 'inc_7' }, actr_ru: {} }), INVOLVED))).field).toBe('actorIds[1]');
  });

  it('needs two actors at least for an either-or attribution', async () => {
    const ctx = caseWith({ act_1: { incidentId: 'inc_7' }, actr_ru: {} });
    expect((await refusal(involvementKind.prepare(ctx, { ...INVOLVED, actorIds: ['actr_ru'] }))).field).toBe('eitherOr');
    await expect(involvementKind.prepare(ctx, { ...INVOLVED, actorIds: ['actr_ru'], eitherOr: false })).resolves.toBeDefined();
  });

  it('is titled by role and actors, "or" for either-or and "and" otherwise', () => {
    const either = { ...INVOLVED, incidentId: 'inc_7' } as InvolvementDoc;
    expect(involvementKind.index(either)).toMatchObject({ title: 'carried_out: actr_ru or actr_sy', parentId: 'act_1', incidentId: 'inc_7', status: 'alleged_by_source' });
    expect(involvementKind.index({ ...either, eitherOr: false }).title).toBe('carried_out: actr_ru and actr_sy');
    expect(involvementKind.index(either).terms).toEqual([{ vocab: 'actor', term: 'actr_ru' }, { vocab: 'actor', term: 'actr_sy' }]);
  });
});
