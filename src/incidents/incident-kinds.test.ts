import { describe, expect, it } from 'vitest';
import { actKind, type ActDoc } from './act-kind.js';
import { contextEventKind } from './context-event-kind.js';
import { incidentKind, type IncidentDoc } from './incident-kind.js';
import { victimGroupKind } from './victim-group-kind.js';
import { refusalOfLater } from '../common/refusal.test-support.js';
import { caseWith } from '../records/prepare-context.test-support.js';


async function refusedField(work: Promise<unknown>): Promise<unknown> {
  return (await refusalOfLater(work, 'VALIDATION_FAILED')).field;
}

const STRIKE: IncidentDoc = { title: '  Air strike on the aid convoy at Urum al-Kubra ', types: ['air_strike'] };

describe('an incident', () => {
  it('is kept with its title trimmed, its site and larger incident looked up in the case', async () => {
    const ctx = caseWith({ site_1: {}, inc_siege: {} });
    const doc = await incidentKind.prepare(ctx, { ...STRIKE, siteId: 'site_1', parentId: 'inc_siege' });
    expect(doc.title).toBe('Air strike on the aid convoy at Urum al-Kubra');
    expect(ctx.looked).toEqual(['siteId=site_1', 'parentId=inc_siege']);
  });

  it('refuses an empty title, a link to itself, and a crossed border on anything but a displacement', async () => {
    expect(await refusedField(incidentKind.prepare(caseWith(), { ...STRIKE, title: ' \n ' }))).toBe('title');
    expect(await refusedField(incidentKind.prepare(caseWith({ inc_1: {} }, 'inc_1'), { ...STRIKE, previousId: 'inc_1' }))).toBe('previousId');
    expect(await refusedField(incidentKind.prepare(caseWith(), { ...STRIKE, parentId: 'inc_elsewhere' }))).toBe('parentId');
    expect(await refusedField(incidentKind.prepare(caseWith(), { ...STRIKE, crossedBorder: 'yes' }))).toBe('crossedBorder');
    await expect(incidentKind.prepare(caseWith(), { ...STRIKE, types: ['air_strike', 'forced_displacement'], crossedBorder: 'yes' })).resolves.toMatchObject({ crossedBorder: 'yes' });
  });

  it('refuses a date that is not EDTF, naming the date', async () => {
    expect(String(await refusedField(incidentKind.prepare(caseWith(), { ...STRIKE, date: { edtf: 'mid-July 2016' } })))).toMatch(/^date/);
  });

  it('is indexed by its types, bounds and words, tags included', () => {
    const index = incidentKind.index({ title: 'Strike', types: ['air_strike', 'barrel_bomb'], narrative: 'Two barrels fell on the market.', date: { edtf: '2016-07' }, tags: ['market', 'Ramadan'] });
    expect(index).toMatchObject({
      title: 'Strike',
      parentId: null,
      date: { earliest: '2016-07-01T00:00:00.000Z', latest: '2016-07-31T23:59:59.999Z' },
      terms: [{ vocab: 'incident_type', term: 'air_strike' }, { vocab: 'incident_type', term: 'barrel_bomb' }],
      search: { title: 'Strike', body: 'Two barrels fell on the market.\nmarket\nRamadan' },
    });
    expect(incidentKind.index({ title: 'Undated', types: ['siege'] }).date).toBeNull();
  });
});

describe('an act', () => {
  const ACT: ActDoc = { incidentId: 'inc_1', type: 'chemical_attack', means: ['barrel_bomb', 'toxic_chemical'], toxicAgent: 'chlorine' };

  it('belongs to an incident of the case, and names a toxic agent only for toxic means', async () => {
    const ctx = caseWith({ inc_1: {} });
    await expect(actKind.prepare(ctx, ACT)).resolves.toEqual(ACT);
    expect(ctx.looked).toEqual(['incidentId=inc_1']);
    expect(await refusedField(actKind.prepare(caseWith({ inc_1: {} }), { ...ACT, means: ['barrel_bomb'] }))).toBe('toxicAgent');
    expect(await refusedField(actKind.prepare(caseWith({ inc_1: {} }), { incidentId: 'inc_1', type: 'chemical_attack', toxicAgent: 'sarin' }))).toBe('toxicAgent');
    expect(await refusedField(actKind.prepare(caseWith(), ACT))).toBe('incidentId');
  });

  it('is indexed under its incident by type, means and targets, and searched only when it has words', () => {
    const index = actKind.index({ ...ACT, targets: ['hospital'] });
    expect(index).toMatchObject({ title: 'chemical_attack', parentId: 'inc_1', incidentId: 'inc_1', search: null });
    expect(index.terms).toEqual([
      { vocab: 'incident_type', term: 'chemical_attack' },
      { vocab: 'means', term: 'barrel_bomb' },
      { vocab: 'means', term: 'toxic_chemical' },
      { vocab: 'target', term: 'hospital' },
    ]);
    expect(actKind.index({ ...ACT, consequences: 'Dozens with breathing difficulties' }).search).toEqual({ title: 'chemical attack', body: 'Dozens with breathing difficulties' });
  });
});

describe('a victim group', () => {
  it('keeps each figure as a count in normal form', async () => {
    const doc = await victimGroupKind.prepare(caseWith({ inc_1: {} }), { incidentId: 'inc_1', countingUnit: 'persons', killed: { qualifier: 'exact', best: 14 }, injured: { qualifier: 'vague', vague: 'dozens' } });
    expect(doc.killed).toEqual({ qualifier: 'exact', min: 14, best: 14, max: 14 });
    expect(doc.injured).toEqual({ qualifier: 'vague', vague: 'dozens', min: 24 });
  });

  it('refuses an act of another incident, and a count that contradicts itself, naming the figure', async () => {
    const ctx = caseWith({ inc_1: {}, act_9: { incidentId: 'inc_2' } });
    expect(await refusedField(victimGroupKind.prepare(ctx, { incidentId: 'inc_1', actId: 'act_9', countingUnit: 'persons' }))).toBe('actId');
    expect(await refusedField(victimGroupKind.prepare(caseWith({ inc_1: {} }), { incidentId: 'inc_1', countingUnit: 'persons', missing: { qualifier: 'range', min: 20, max: 14 } }))).toBe('missing.min');
    expect(await refusedField(victimGroupKind.prepare(caseWith({ inc_1: {} }), { incidentId: 'inc_1', countingUnit: 'persons', displaced: { qualifier: 'at_least', min: -1 } }))).toBe('displaced.min');
  });
});

describe('a context event', () => {
  it('needs a date it can read and sources of the case, naming the entry at fault', async () => {
    const event = { eventKind: 'ceasefire' as const, title: 'Cessation of hostilities', date: { edtf: '2016-02-27' }, sourceIds: ['src_1', 'src_2'] };
    expect(await refusedField(contextEventKind.prepare(caseWith({ src_1: {} }), event))).toBe('sourceIds[1]');
    await expect(contextEventKind.prepare(caseWith({ src_1: {}, src_2: {} }), event)).resolves.toEqual(event);
    expect(contextEventKind.index(event)).toMatchObject({ status: 'ceasefire', date: { earliest: '2016-02-27T00:00:00.000Z', latest: '2016-02-27T23:59:59.999Z' } });
  });
});
