import { describe, expect, it } from 'vitest';
import type { PrepareContext } from '../records/record-kind.js';
import { siteKind, type SiteDoc } from './site-kind.js';
import { refusalOfLater } from '../common/refusal.test-support.js';

const CASE: PrepareContext = {
  trx: undefined as never,
  caseId: 'syria-2016',
  gazetteer: undefined,
  recordId: undefined,
  requireRecord: () => Promise.reject(new Error('a site refers to no other record')),
  requireEvidence: () => Promise.reject(new Error('a site refers to no evidence')),
};

async function refusedField(work: Promise<unknown>): Promise<unknown> {
  return (await refusalOfLater(work, 'VALIDATION_FAILED')).field;
}

const HOSPITAL: SiteDoc = {
  name: ' M10 hospital ',
  siteType: 'hospital',
  place: { precision: 'exact_site', geometry: { type: 'Point', coordinates: [37.1612, 36.2021] }, names: { en: 'Al-Sakhour', ar: 'الصاخور' } },
  protectedSite: true,
  description: 'Underground trauma hospital',
};

describe('a site', () => {
  it('is kept with its name trimmed and its place checked', async () => {
    const doc = await siteKind.prepare(CASE, HOSPITAL);
    expect(doc.name).toBe('M10 hospital');
    expect(doc.place).toEqual(HOSPITAL.place);
  });

  it('refuses a place that says nothing of where, or an exact site without a point, naming the part at fault', async () => {
    expect(await refusedField(siteKind.prepare(CASE, { ...HOSPITAL, place: { precision: 'settlement' } }))).toBe('place');
    expect(await refusedField(siteKind.prepare(CASE, { ...HOSPITAL, place: { precision: 'exact_site', names: { en: 'Al-Sakhour' } } }))).toBe('place.geometry');
    // Positions are [longitude, latitude]: a latitude of 136 degrees is named as the fault.
    expect(await refusedField(siteKind.prepare(CASE, { ...HOSPITAL, place: { precision: 'exact_site', geometry: { type: 'Point', coordinates: [36.2, 136.1] } } }))).toBe(
      'place.geometry.coordinates.latitude',
    );
  });

  it('is indexed at its point, by its type, and found by its place’s names in every script', () => {
    const index = siteKind.index({ ...HOSPITAL, name: 'M10 hospital' });
    expect(index).toMatchObject({ title: 'M10 hospital', status: 'hospital', place: { lat: 36.2021, lon: 37.1612, admin1: null } });
    expect(index.search).toEqual({ title: 'M10 hospital', body: 'Underground trauma hospital\nAl-Sakhour الصاخور' });
    const untyped: SiteDoc = { name: 'Bakery', place: { precision: 'settlement', countryCode: 'SY' } };
    expect(siteKind.index(untyped)).toMatchObject({ status: null, search: { title: 'Bakery', body: '' } });
  });
});
