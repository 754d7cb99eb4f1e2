import { describe, expect, it } from 'vitest';
import type { IncidentFile } from '../incidents/incident-file.js';
import { findingFor } from '../incidents/findings.js';
import type { GazetteerPlace } from '../places/entries.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { RecordView } from '../records/record-store.js';
import { sumCounts } from '../values/count-sum.js';
import { exactly, type Count } from '../values/count.js';
import { resolveDate } from '../values/uncertain-date.js';
import { parseAcledRecord } from './acled-row-parse.js';
import { acledRowsFor, type AcledRowContext } from './acled-rows.js';
import { LossTally } from './losses.js';

const INC = 'inc_01jf3k8x2m4n6p8q0r2s4t6v8w';
const stamps = (id: string, kind: string, updatedAt = '2026-03-01T10:00:00.000Z'): RecordView =>
  ({ id, kind, caseId: 'syria-2016', rev: 1, createdAt: updatedAt, createdBy: 'user:rana', updatedAt, updatedBy: 'user:rana' }) as RecordView;

const URUM = { precision: 'settlement', geometry: { type: 'Point', coordinates: [36.9419, 36.1453] }, names: { en: 'Urum al-Kubra', ar: 'أورم الكبرى' }, countryCode: 'SY' };

/** The strike on the aid convoy: one act, one group of civilian victims, one alleged perpetrator, two sources. */
function strikeFile(changes: { acts?: RecordView[]; place?: object; date?: string | null } = {}): IncidentFile {
  const incident = { ...stamps(INC, 'incident'), title: 'Air strike on the aid convoy at Urum al-Kubra. ', types: ['air_strike'], place: changes.place ?? URUM, ...(changes.date === null ? {} : { date: resolveDate('date', { edtf: changes.date ?? '2016-09-19' }) }) };
  const claims = [
    { ...stamps('clm_1', 'claim'), subject: { kind: 'victim_group', id: 'vg_1', field: 'killed' }, value: exactly(20), stance: 'asserts', status: 'accepted', sourceId: 'src_sarc' },
    { ...stamps('clm_2', 'claim'), subject: { kind: 'victim_group', id: 'vg_1', field: 'killed' }, value: exactly(20), stance: 'asserts', status: 'accepted', sourceId: 'src_w07' },
  ];
  const killed: Count[] = [exactly(20)];
  return {
    incident,
    acts: changes.acts ?? [{ ...stamps('act_1', 'act', '2026-03-02T10:00:00.000Z'), incidentId: INC, type: 'air_strike', means: ['unguided_bomb'] }],
    victimGroups: [{ ...stamps('vg_1', 'victim_group'), incidentId: INC, actId: 'act_1', countingUnit: 'persons', protectedStatuses: ['civilian', 'humanitarian_personnel'] }],
    involvements: [{ ...stamps('inv_1', 'involvement'), actId: 'act_1', actorIds: ['actr_ru'], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' }],
    qualifications: [],
    assessments: [],
    claims: { 'victim_group:vg_1:killed': claims },
    findings: [findingFor({ kind: 'victim_group', id: 'vg_1', field: 'killed' }, undefined, claims as never)],
    figures: { killed: sumCounts(killed), injured: sumCounts([]), missing: sumCounts([]), detained: sumCounts([]), displaced: sumCounts([]) },
  };
}

const RECORDS: Record<string, RecordView> = {
  actr_ru: { ...stamps('actr_ru', 'actor'), name: 'Military Forces of Russia (2000-)', actorType: 'external_state_force' },
  src_sarc: { ...stamps('src_sarc', 'source'), name: 'SARC', protectionLevel: 'public' },
  src_w07: { ...stamps('src_w07', 'source'), name: 'Witness W-07', protectionLevel: 'restricted' },
};
const context = (coarsen = false): AcledRowContext => ({ gazetteer: undefined, lookup: (id) => RECORDS[id], coarsen, losses: new LossTally() });
const DISTRICTS: Record<string, GazetteerPlace> = {
  SY02: { kind: 'admin1', name: 'Aleppo', pcode: 'SY02', countryCode: 'SY', precision: 'admin1' },
  SY0200: { kind: 'admin2', name: 'Jebel Saman', pcode: 'SY0200', countryCode: 'SY', precision: 'admin2' },
};
/** A gazetteer that knows the convoy's governorate and district. */
const districts = { byPcode: (code: string) => DISTRICTS[code] } as unknown as Gazetteer;
const WAREHOUSE = { precision: 'exact_site', geometry: { type: 'Point', coordinates: [36.94187, 36.14533] }, names: { en: 'Convoy warehouse' }, countryCode: 'SY' };

describe('an incident as ACLED rows', () => {
  it('writes one row for an incident at one place and day, with its perpetrator, civilian victims and public sources', () => {
    const ctx = context();
    expect(acledRowsFor(strikeFile(), ctx)).toEqual([
      {
        event_id_cnty: 'DOS01JF3K8X2M4N6P8Q0R2S4T6V8W',
        event_date: '2016-09-19',
        year: '2016',
        time_precision: '1',
        disorder_type: 'Political violence',
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Air/drone strike',
        actor1: 'Military Forces of Russia (2000-)',
        assoc_actor_1: '',
        inter1: '8',
        actor2: 'Civilians (Syria)',
        assoc_actor_2: '',
        inter2: '7',
        interaction: '78',
        civilian_targeting: 'Civilian targeting',
        iso: '760',
        region: 'Middle East',
        country: 'Syria',
        admin1: '',
        admin2: '',
        admin3: '',
        location: 'Urum al-Kubra',
        latitude: '36.1453',
        longitude: '36.9419',
        geo_precision: '1',
        source: 'SARC',
        source_scale: 'Other',
        notes: 'Air strike on the aid convoy at Urum al-Kubra. Means: unguided bomb.',
        fatalities: '20',
        tags: '',
        timestamp: String(Date.parse('2026-03-02T10:00:00.000Z') / 1000),
      },
    ]);
    // The restricted witness is counted, never named.
    expect(ctx.losses.list()).toEqual([
      '2 claims, with their excerpts and locators, not exported',
      '1 citation of confidential or restricted sources left out of the source column',
      "1 attribution written as plain actor names: attribution status, mode of liability and standard of proof are not in ACLED's format",
    ]);
  });

  it('writes a row for each day its acts happened on, naming no perpetrator where none is recorded', () => {
    const ctx = context();
    const later = { ...stamps('act_01jf3k8x2m4n6p8q0r2s4t7a2b', 'act'), incidentId: INC, type: 'artillery_rocket_missile', date: resolveDate('date', { edtf: '2016-09-20' }) };
    const rows = acledRowsFor(strikeFile({ acts: [strikeFile().acts[0]!, later] }), ctx);
    expect(rows.map((r) => [r.event_id_cnty, r.event_date, r.sub_event_type, r.actor1, r.inter1, r.fatalities])).toEqual([
      ['DOS01JF3K8X2M4N6P8Q0R2S4T6V8W', '2016-09-19', 'Air/drone strike', 'Military Forces of Russia (2000-)', '8', '20'],
      ['DOS01JF3K8X2M4N6P8Q0R2S4T6V8W-2S4T7A2B', '2016-09-20', 'Shelling/artillery/missile attack', 'Unidentified Armed Group (Syria)', '3', '0'],
    ]);
    expect(ctx.losses.list()).toContain('1 row with no recorded perpetrator written as "Unidentified Armed Group" (inter 3)');
    expect(ctx.losses.list()).toContain('1 row with no killed figure recorded written as 0 fatalities (in ACLED, 0 means none reported)');
  });

  it('places a month-precise incident on its first day and keeps its date in the notes', () => {
    const ctx = context();
    const [row] = acledRowsFor(strikeFile({ date: '2016-09' }), ctx);
    expect(row).toMatchObject({ event_date: '2016-09-01', time_precision: '3' });
    expect(row!.notes).toBe('Air strike on the aid convoy at Urum al-Kubra. Means: unguided bomb. Date: 2016-09.');
    expect(ctx.losses.list()).toContain('1 row known only to the month placed on their earliest day (time_precision 3)');
  });

  it('says when a day written with time precision 1 was uncertain, and keeps its date in the notes', () => {
    const ctx = context();
    const [row] = acledRowsFor(strikeFile({ date: '2016-09-19?' }), ctx);
    expect(row).toMatchObject({ event_date: '2016-09-19', time_precision: '1' });
    expect(row!.notes).toBe('Air strike on the aid convoy at Urum al-Kubra. Means: unguided bomb. Date: 2016-09-19?.');
    expect(ctx.losses.list()).toContain('1 row with an uncertain day written as a known day (time_precision 1)');
  });

  it('coarsens an exact site when asked, and never names it: its smallest admin area instead', () => {
    const ctx = { ...context(true), gazetteer: districts };
    const [row] = acledRowsFor(strikeFile({ place: { ...WAREHOUSE, pcodes: { admin1: 'SY02', admin2: 'SY0200' } } }), ctx);
    expect(row).toMatchObject({ latitude: '36.1500', longitude: '36.9400', location: 'Jebel Saman', admin1: 'Aleppo' });
    expect(parseAcledRecord(row!)).toHaveProperty('event');
    expect(ctx.losses.list()).toContain('1 row at protected or exact sites coarsened to the settlement (or two decimals)');
    expect(acledRowsFor(strikeFile({ place: WAREHOUSE }), context(false))[0]).toMatchObject({ latitude: '36.1453', longitude: '36.9419', location: 'Convoy warehouse', geo_precision: '1' });
  });

  it('leaves out a coarsened exact site it has nothing to name by but the site, and says so', () => {
    // No gazetteer and no P-codes: a row with an empty location would be refused on import.
    const ctx = context(true);
    expect(acledRowsFor(strikeFile({ place: WAREHOUSE }), ctx)).toEqual([]);
    expect(ctx.losses.list()).toContain('1 row at protected or exact sites left out: ACLED needs a location, and the place has no settlement or admin area to name instead of the site');
    expect(ctx.losses.list().join('\n')).not.toMatch(/coarsened/);
  });

  it('leaves out, and counts, a place with a point but no name, settlement or admin area', () => {
    const ctx = context();
    expect(acledRowsFor(strikeFile({ place: { precision: 'settlement', geometry: { type: 'Point', coordinates: [36.9419, 36.1453] }, countryCode: 'SY' } }), ctx)).toEqual([]);
    expect(ctx.losses.list()).toContain('1 row left out: ACLED needs a location, and the place has no name, settlement or admin area');
  });

  it('leaves out, and counts, a place that names no country (no country code, no Syrian P-code)', () => {
    const ctx = context();
    expect(acledRowsFor(strikeFile({ place: { ...URUM, countryCode: undefined } }), ctx)).toEqual([]);
    expect(ctx.losses.list()).toContain('1 row left out: ACLED needs a country, and the place has no country code or Syrian P-code');
  });

  it('shortens a place name longer than the location column at a word, and the row reads back on import', () => {
    const ctx = context();
    const asReported = `${'near the old bakery on the road '.repeat(10)}west of the school`;
    const [row] = acledRowsFor(strikeFile({ place: { ...URUM, names: undefined, asReported } }), ctx);
    expect(row!.location.length).toBeLessThanOrEqual(200);
    // Cut where a word ends, and marked as cut.
    const kept = row!.location.slice(0, -1);
    expect(row!.location.endsWith('…')).toBe(true);
    expect(asReported.startsWith(kept) && asReported[kept.length] === ' ').toBe(true);
    expect(ctx.losses.list()).toContain('1 row whose place name is longer than 200 characters shortened to fit');
    expect(parseAcledRecord(row!)).toHaveProperty('event');
  });

  it('leaves out, and counts, an incident it cannot put on a day', () => {
    const ctx = context();
    expect(acledRowsFor(strikeFile({ date: null }), ctx)).toEqual([]);
    expect(ctx.losses.list()).toContain('1 row left out: ACLED needs a day, and the incident or act has no date (or one open at the start)');
  });
});
