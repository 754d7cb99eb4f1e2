import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { actorKind } from '../src/actors/actor-kind.js';
import { involvementKind } from '../src/actors/involvement-kind.js';
import { createCase } from '../src/cases/cases.js';
import { withSavepoint } from '../src/db/savepoint.js';
import { ACLED_COLUMNS } from '../src/exchange/acled-format.js';
import { exportAcledCsv } from '../src/exchange/acled-export.js';
import { AcledBatchWriter } from '../src/exchange/acled-batch-writer.js';
import { importAcledCsv, type ImportReport } from '../src/exchange/acled-import.js';
import { AcledImportPlanner } from '../src/exchange/acled-import-plan.js';
import { parseAcledRecord, type AcledEvent } from '../src/exchange/acled-row-parse.js';
import { LossTally } from '../src/exchange/losses.js';
import { exportGeoJson } from '../src/exchange/geojson-export.js';
import { exportCaseJson } from '../src/exchange/json-export.js';
import { actKind } from '../src/incidents/act-kind.js';
import { incidentFile } from '../src/incidents/incident-file.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { victimGroupKind } from '../src/incidents/victim-group-kind.js';
import { auditLedger } from '../src/ledger/audit.js';
import { batchCommitment } from '../src/ledger/batch-commitment.js';
import { CustodyLedger } from '../src/ledger/log.js';
import { siteKind } from '../src/sites/site-kind.js';
import { claimKind } from '../src/sources/claim-kind.js';
import { sourceKind } from '../src/sources/source-kind.js';
import { auditRevisions } from '../src/records/revisions-audit.js';
import { listRecords } from '../src/records/record-query.js';
import { createRecord, type RecordDeps, type RecordView } from '../src/records/record-store.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, PROJECT_ROOT } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:analyst';
const fixture = await fs.readFile(path.join(PROJECT_ROOT, 'test/fixtures/acled/syria-sample.csv'), 'utf8');
type Row = Record<string, string>;

describe.each(engines)('exchange formats on $name', (engine) => {
  let dossier: Dossier;
  let deps: RecordDeps;
  const ids: Record<string, string> = {};
  const add = (kind: Parameters<typeof createRecord>[1], input: object, caseId = 'aleppo') => createRecord(deps, kind, actor, caseId, input);

  async function countsByKind(caseId: string): Promise<Record<string, number>> {
    const rows = await dossier.database.db.selectFrom('records').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).where('case_id', '=', caseId).groupBy('kind').execute();
    return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
  }

  async function incidentsOf(caseId: string): Promise<RecordView[]> {
    return (await listRecords(dossier.database, incidentKind, { caseIds: [caseId] }, { limit: 500 })).items;
  }

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    for (const id of ['aleppo', 'round-trip', 'fixture', 'flaky', 'pipelined', 'broken', 'text-strict', 'text-lossy', 'text-control', 'text-bom']) await createCase(dossier, actor, { id, title: id });
    const source = async (name: string, protectionLevel: string) =>
      (await add(sourceKind, { name, sourceType: 'ngo', reliability: 'B', partyToConflict: 'no', protectionLevel })).id;
    const coi = await source('UN Commission of Inquiry on Syria', 'public');
    const aid = await source('Aid agency statement', 'public');
    const witness = await source('Witness W-07', 'restricted');
    const saf = (await add(actorKind, { name: 'Syrian Arab Air Force', actorKind: 'organisation', actorType: 'state_armed_forces', countryCode: 'SY' })).id;
    const raf = (await add(actorKind, { name: 'Russian Aerospace Forces', actorKind: 'organisation', actorType: 'external_state_force', countryCode: 'RU' })).id;
    const claim = (subjectId: string, value: object, sourceId: string) =>
      add(claimKind, { subject: { kind: 'victim_group', id: subjectId, field: 'killed' }, value, stance: 'asserts', sourceId, status: 'accepted' });

    // The convoy: one place and day, an either-or attribution and two sources that disagree (14 against 20).
    const convoy = await add(incidentKind, { title: 'Air strike on the aid convoy', narrative: 'A UN-backed convoy was struck while unloading.', types: ['air_strike'], date: { edtf: '2016-09-19' }, place: { precision: 'settlement', pcodes: { community: 'C1029' } } });
    const strike = await add(actKind, { incidentId: convoy.id, type: 'air_strike', means: ['cluster_munition'] });
    await add(involvementKind, { actId: strike.id, actorIds: [saf, raf], eitherOr: true, factualRole: 'carried_out', attributionStatus: 'alleged_by_source' });
    const convoyVictims = await add(victimGroupKind, { incidentId: convoy.id, actId: strike.id, countingUnit: 'persons', protectedStatuses: ['civilian', 'humanitarian_personnel'], killed: { qualifier: 'at_least', min: 14 } });
    await claim(convoyVictims.id, { qualifier: 'at_least', min: 14 }, coi);
    await claim(convoyVictims.id, { qualifier: 'exact', best: 20 }, aid);
    // Known only to the month, and sourced to a protected witness.
    const erbin = await add(incidentKind, { title: 'Chlorine attack on Erbin', types: ['chemical_attack'], date: { edtf: '2017-01' }, place: { precision: 'settlement', pcodes: { community: 'C2321' } } });
    const erbinVictims = await add(victimGroupKind, { incidentId: erbin.id, countingUnit: 'persons', protectedStatuses: ['civilian'], killed: { qualifier: 'exact', best: 2 } });
    await claim(erbinVictims.id, { qualifier: 'exact', best: 2 }, witness);
    // Two acts on two days in two places: two rows.
    const aleppo = await add(incidentKind, { title: 'Strikes on eastern Aleppo', types: ['air_strike'], date: { edtf: '2016-11-18' }, place: { precision: 'settlement', pcodes: { community: 'C1007' } } });
    const first = await add(actKind, { incidentId: aleppo.id, type: 'air_strike' });
    const second = await add(actKind, { incidentId: aleppo.id, type: 'barrel_bomb', date: { edtf: '2016-11-19' }, place: { precision: 'neighbourhood', geometry: { type: 'Point', coordinates: [37.1812, 36.2044] } } });
    await add(victimGroupKind, { incidentId: aleppo.id, actId: first.id, countingUnit: 'persons', killed: { qualifier: 'exact', best: 5 } });
    await add(victimGroupKind, { incidentId: aleppo.id, actId: second.id, countingUnit: 'persons', protectedStatuses: ['civilian'], killed: { qualifier: 'range', min: 3, max: 6 } });
    // A field hospital whose location must not leave the case, an area, and an incident with no place.
    const hospital = await add(siteKind, { name: 'Field hospital M10', siteType: 'hospital', protectedSite: true, place: { precision: 'exact_site', geometry: { type: 'Point', coordinates: [37.16123, 36.19871] } } });
    const hospitalStrike = await add(incidentKind, { title: 'Strike on field hospital', types: ['air_strike'], date: { edtf: '2016-10-01' }, siteId: hospital.id, place: { precision: 'exact_site', geometry: { type: 'Point', coordinates: [37.16123, 36.19871] } } });
    await add(incidentKind, { title: 'Siege of East Ghouta', types: ['siege'], date: { edtf: '2017-01/2017-03' }, place: { precision: 'named_region', namedArea: 'east-ghouta' } });
    await add(incidentKind, { title: 'Disappearances at checkpoints', types: ['enforced_disappearance'], date: { edtf: '2016-12' } });
    Object.assign(ids, { convoy: convoy.id, erbin: erbin.id, aleppo: aleppo.id, second: second.id, hospitalStrike: hospitalStrike.id });
  });
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  it('exports ACLED CSV: 31 columns, a row per place and day, the lowest figure, and what was lost', async () => {
    const { csv, rows, losses } = await exportAcledCsv(deps, 'aleppo');
    const [header, ...data] = parse(csv) as string[][];
    expect(header).toEqual([...ACLED_COLUMNS]);
    expect(data.every((r) => r.length === 31)).toBe(true);
    const records = parse(csv, { columns: true }) as Row[];
    expect(rows).toBe(records.length);
    const byNote = (text: string) => records.filter((r) => r.notes!.startsWith(text));
    const [convoy] = byNote('Air strike on the aid convoy');
    expect(convoy).toMatchObject({
      event_date: '2016-09-19', year: '2016', time_precision: '1', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
      actor1: 'Syrian Arab Air Force or Russian Aerospace Forces', inter1: '1', actor2: 'Civilians (Syria)', inter2: '7', interaction: '17',
      civilian_targeting: 'Civilian targeting', iso: '760', region: 'Middle East', country: 'Syria', admin1: 'Aleppo', admin2: 'Jebel Saman',
      admin3: 'Atareb', location: 'Big Orm', latitude: '36.1478', longitude: '36.9475', geo_precision: '1', fatalities: '14', source_scale: 'Other',
    });
    expect(convoy!.source!.split('; ').sort()).toEqual(['Aid agency statement', 'UN Commission of Inquiry on Syria']);
    expect(convoy!.notes).toContain('Means: cluster munition');
    expect(convoy!.event_id_cnty).toMatch(/^DOS[0-9A-Z]{26}$/);
    const [erbin] = byNote('Chlorine attack on Erbin');
    expect(erbin).toMatchObject({ event_date: '2017-01-01', time_precision: '3', fatalities: '2', source: '', admin1: 'Rural Damascus' });
    const aleppo = byNote('Strikes on eastern Aleppo').sort((a, b) => a.event_date!.localeCompare(b.event_date!));
    expect(aleppo.map((r) => [r.event_date, r.fatalities, r.sub_event_type])).toEqual([['2016-11-18', '5', 'Air/drone strike'], ['2016-11-19', '3', 'Air/drone strike']]);
    expect(aleppo[1]!.event_id_cnty).toMatch(new RegExp(`^${aleppo[0]!.event_id_cnty}-[0-9A-Z]{8}$`));
    expect(byNote('Disappearances at checkpoints')).toEqual([]);
    const said = losses.join('\n');
    for (const expected of [
      /1 row known only to the month placed on their earliest day \(time_precision 3\)/,
      /1 either-or attribution written as "A or B"/,
      /reduced to their lowest bound/,
      /1 killed figure with conflicting or disputed accepted claims/,
      /1 citation of confidential or restricted sources left out/,
      /\d+ claims, with their excerpts and locators, not exported/,
      /claims, legal qualifications, assessments .* are not in ACLED's format/,
      /1 row left out: ACLED needs a location/,
      /barrel_bomb: ACLED does not distinguish barrel bombs/,
    ]) expect(said).toMatch(expected);
    expect(csv).not.toContain('Witness W-07');
  });

  it('writes cells a spreadsheet would run as formulas with a leading apostrophe, counts them, and verbatim when raw', async () => {
    await createCase(dossier, actor, { id: 'formulas', title: 'formulas' });
    const formulaActor = "=cmd|' /C calc'!A1";
    const perpetrator = (await add(actorKind, { name: formulaActor, actorKind: 'organisation', actorType: 'state_armed_forces', countryCode: 'SY' }, 'formulas')).id;
    const source = (await add(sourceKind, { name: '@SUM(1+1)', sourceType: 'media', reliability: 'F', partyToConflict: 'unknown', protectionLevel: 'public' }, 'formulas')).id;
    // West of Greenwich: a negative longitude is a number, not a formula, and stays one.
    const incident = await add(incidentKind, { title: '+Strike on the market', types: ['air_strike'], date: { edtf: '2016-05-02' }, place: { precision: 'settlement', geometry: { type: 'Point', coordinates: [-3.7038, 40.4168] }, names: { en: 'Madrid' }, countryCode: 'ES' } }, 'formulas');
    const act = await add(actKind, { incidentId: incident.id, type: 'air_strike' }, 'formulas');
    await add(involvementKind, { actId: act.id, actorIds: [perpetrator], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' }, 'formulas');
    const victims = await add(victimGroupKind, { incidentId: incident.id, actId: act.id, countingUnit: 'persons', killed: { qualifier: 'exact', best: 3 } }, 'formulas');
    await add(claimKind, { subject: { kind: 'victim_group', id: victims.id, field: 'killed' }, value: { qualifier: 'exact', best: 3 }, stance: 'asserts', sourceId: source, status: 'accepted' }, 'formulas');

    const safe = await exportAcledCsv(deps, 'formulas');
    const [row] = parse(safe.csv, { columns: true }) as Row[];
    expect(row).toMatchObject({ actor1: `'${formulaActor}`, source: "'@SUM(1+1)", longitude: '-3.7038', latitude: '40.4168', fatalities: '3' });
    expect(row!.notes).toMatch(/^'\+Strike on the market/);
    expect(Object.values(row!).filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
    expect(safe.losses).toContainEqual(expect.stringMatching(/^3 cells begin with =, \+, -, @, a tab or a carriage return .* leading apostrophe \(--raw/));

    const raw = await exportAcledCsv(deps, 'formulas', { raw: true });
    expect(parse(raw.csv, { columns: true })[0]).toMatchObject({ actor1: formulaActor, source: '@SUM(1+1)', longitude: '-3.7038' });
    expect(raw.losses.join('\n')).not.toMatch(/apostrophe/);
  });

  it('imports its own ACLED export into another case: incidents, dates, places and fatalities come back', async () => {
    // A siege has no ACLED type to come back as (Strategic developments / Other): export the attacks.
    const { csv } = await exportAcledCsv(deps, 'aleppo', { filter: { terms: [{ vocab: 'incident_type', anyOf: ['air_strike', 'chemical_attack'] }] } });
    const exported = parse(csv, { columns: true }) as Row[];
    const report = await importAcledCsv(deps, actor, 'round-trip', csv);
    expect(report).toMatchObject({ rows: exported.length, imported: exported.length, rejected: [] });
    const back = await incidentsOf('round-trip');
    expect(back).toHaveLength(exported.length);
    for (const row of exported) {
      const incident = back.find((i) => (i.tags as string[]).includes(`acled:${row.event_id_cnty}`))!;
      const place = incident.place as { geometry: { coordinates: number[] }; pcodes?: Record<string, string>; names: { en: string } };
      expect(place.geometry.coordinates).toEqual([Number(row.longitude), Number(row.latitude)]);
      expect(place.names.en).toBe(row.location);
      const date = incident.date as { edtf: string; earliest: string };
      expect(date.earliest.slice(0, 10) <= row.event_date!).toBe(true);
      expect((await incidentFile(dossier.database, incident.id)).figures.killed.min).toBe(Number(row.fatalities));
    }
    const convoy = back.find((i) => String(i.title).includes('Big Orm'))!;
    expect(convoy.date).toMatchObject({ edtf: '2016-09-19' });
    expect(convoy.place).toMatchObject({ pcodes: { admin1: 'SY02', community: 'C1029' }, countryCode: 'SY' });
    expect(back.find((i) => (i.date as { edtf: string }).edtf === '2017-01')).toBeDefined();
    expect((await exportAcledCsv(deps, 'round-trip')).rows).toBe(exported.length);
    expect((await auditRevisions(dossier.database.db)).problems).toEqual([]);
  });

  it('gives back the day and time precision of a week-precise ACLED event it imported', async () => {
    await createCase(dossier, actor, { id: 'week', title: 'week' });
    const lines = fixture.split('\n');
    const week = lines.find((line) => line.startsWith('SYR0004,'))!;
    expect(await importAcledCsv(deps, actor, 'week', `${lines[0]}\n${week}\n`)).toMatchObject({ imported: 1, rejected: [] });
    const { csv, losses } = await exportAcledCsv(deps, 'week');
    expect(parse(csv, { columns: true })).toEqual([expect.objectContaining({ event_date: '2016-12-13', year: '2016', time_precision: '2' })]);
    expect(losses).toContain('1 row known only as a range of days placed on their middle day (time_precision 2)');
  });

  it('imports the good rows of a hand-written ACLED file and names each bad row, its column and the reason', async () => {
    const report = await importAcledCsv(deps, actor, 'fixture', fixture);
    expect(report.rows).toBe(11);
    expect(report.imported).toBe(5);
    expect(report.rejected.map((r) => [r.row, r.eventId, r.field])).toEqual([
      [6, 'SYR0006', 'event_date'],
      [7, 'SYR0007', 'country'],
      [8, 'SYR0008', 'latitude'],
      [9, 'SYR0009', 'fatalities'],
      [10, 'SYR0010', 'sub_event_type'],
      [11, 'SYR0011', 'sub_event_type'],
    ]);
    expect(report.rejected[1]!.problem).toBe('unknown country "Narnia"');
    expect(report.rejected[2]!.problem).toMatch(/123 is out of range/);
    expect(report.rejected[3]!.problem).toMatch(/"many" is not a whole number/);
    expect(report.rejected.map((r) => r.wording && [r.wording.code, r.wording.values])).toEqual([
      ['acledRow.notADate', { value: expect.any(String), numeric: '2016-09-19', spelled: '19 September 2016' }],
      ['acledRow.unknownCountry', { value: 'Narnia' }],
      ['acledRow.outOfRange', { value: '123', limit: 90 }],
      ['acledRow.notWholeNumber', { value: 'many' }],
      // An ACLED type the vocabulary does not know: its own words, in English only.
      undefined,
      ['acledRow.noCounterpart', { eventType: 'Protests', subEventType: 'Peaceful protest' }],
    ]);
    for (const rejected of report.rejected) expect(rejected.wording?.text ?? rejected.problem).toBe(rejected.problem);
    expect(report.created).toEqual({ incidents: 5, acts: 5, victimGroups: 3, actors: 3, involvements: 5, sources: 5, claims: 6 });
    expect(await countsByKind('fixture')).toEqual({ incident: 5, act: 5, victim_group: 3, actor: 3, involvement: 5, source: 5, claim: 6 });
    const titles = await dossier.database.db.selectFrom('records').select('title').where('case_id', '=', 'fixture').execute();
    for (const trace of ['Phantom', 'Narnia', 'Latitude', 'Vague', 'Raid', 'Protest']) expect(titles.filter((t) => t.title.includes(trace))).toEqual([]);

    const incidents = await incidentsOf('fixture');
    const byTag = (id: string) => incidents.find((i) => (i.tags as string[]).includes(`acled:${id}`))!;
    expect(byTag('SYR0001').date).toMatchObject({ edtf: '2016-09-19' });
    expect(byTag('SYR0003').date).toMatchObject({ edtf: '2017-01' });
    expect(byTag('SYR0004').date).toMatchObject({ edtf: '2016-12-07/2016-12-19' });
    expect(byTag('SYR0005').date).toMatchObject({ edtf: '2016-12-12' });
    expect(byTag('SYR0003').place).toMatchObject({ pcodes: { admin1: 'SY03', community: 'C2321' } });
    expect(byTag('SYR0003').types).toEqual(['chemical_attack']);
    const convoy = await incidentFile(dossier.database, byTag('SYR0001').id);
    expect(convoy.victimGroups[0]).toMatchObject({ killed: { qualifier: 'at_least', min: 14 }, protectedStatuses: ['civilian'] });
    expect(convoy.claims[`victim_group:${convoy.victimGroups[0]!.id}:killed`]).toHaveLength(2);
    expect(convoy.involvements[0]).toMatchObject({ factualRole: 'carried_out', attributionStatus: 'alleged_by_source' });

    // One custody entry for the batch, naming its rows and committing to every record they became: the
    // digest of the versions stored for it, as the audit recomputes it.
    const entries = await dossier.ledger.entries({ caseId: 'fixture' });
    const batches = entries.filter((e) => (e.details.origin as { format?: string } | undefined)?.format === 'acled');
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ action: 'create', details: { origin: { format: 'acled', rows: 5, firstRow: 1, lastRow: 5 }, batch: { count: 32 } } });
    const stored = await dossier.database.db.selectFrom('record_revisions').select(['kind', 'record_id', 'rev', 'commitment']).where('ledger_seq', '=', batches[0]!.seq).execute();
    expect(stored.map((r) => r.record_id)).toEqual(expect.arrayContaining([byTag('SYR0001').id, convoy.victimGroups[0]!.id]));
    expect(batchCommitment(stored.map((r) => ({ kind: r.kind, id: r.record_id, rev: r.rev, after: r.commitment })))).toEqual(batches[0]!.details.batch);

    // The same sources and actors are found again, not duplicated; the ledger and the revisions still agree.
    await importAcledCsv(deps, actor, 'fixture', fixture);
    expect(await countsByKind('fixture')).toMatchObject({ incident: 10, actor: 3, source: 5 });
    expect((await auditLedger(dossier.database.db, { origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey })).ok).toBe(true);
    expect((await auditRevisions(dossier.database.db)).problems).toEqual([]);
    expect((await listRecords(dossier.database, incidentKind, { caseIds: ['fixture'], text: 'suffocation' })).items).toHaveLength(2);
  });

  it('refuses a file whose header lacks a column, naming it, and saves nothing', async () => {
    const withoutLatitude = fixture.replace('latitude,', 'lat,');
    await expect(importAcledCsv(deps, actor, 'broken', withoutLatitude)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'header', missing: ['latitude'], wording: { code: 'acledFile.missingColumns', values: { count: 1, names: '"latitude"', needed: expect.stringContaining('latitude, longitude') } } },
    });
    await expect(importAcledCsv(deps, actor, 'broken', withoutLatitude)).rejects.toThrow(/missing column "latitude"/);
    const unclosedQuote = `${fixture.split('\n')[0]}\nSYR0099,2017-01-01,"2017`;
    await expect(importAcledCsv(deps, actor, 'broken', unclosedQuote)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'file' } });
    expect(await countsByKind('broken')).toEqual({});
  });

  /** The fixture's header and first three rows, with `bytes` written over `word` in the second row's notes. */
  function secondRowWith(word: string, bytes: Buffer): Buffer {
    const [header, first, second, third] = fixture.split('\n');
    const [before, after] = second!.split(word);
    return Buffer.concat([Buffer.from(`${header}\n${first}\n${before}`), bytes, Buffer.from(`${after}\n${third}\n`)]);
  }
  const narrativesOf = async (caseId: string) => (await incidentsOf(caseId)).map((i) => String(i.narrative)).sort();
  const latin1Row = secondRowWith('Rockets', Buffer.from('Rock\xe9ts', 'latin1'));

  it('rejects a row with a field that is not UTF-8, naming its row and column, and imports the others', async () => {
    const report = await importAcledCsv(deps, actor, 'text-strict', latin1Row);
    expect(report).toMatchObject({ rows: 3, imported: 2 });
    expect(report.rejected).toEqual([
      {
        row: 2,
        eventId: 'SYR0002',
        field: 'notes',
        problem: expect.stringMatching(/^is not valid UTF-8: the byte 0xE9 at offset 4 of the field .*--lossy/),
        wording: { code: 'csvText.fieldNotUtf8', values: { byte: '0xE9', offset: 4, option: '--lossy', parameter: 'lossy=true', replacement: 'U+FFFD' }, text: expect.any(String) },
      },
    ]);
    expect(report.rejected[0]!.wording!.text).toBe(report.rejected[0]!.problem);
    expect((await incidentsOf('text-strict')).flatMap((i) => i.tags as string[]).sort()).toEqual(['acled:SYR0001', 'acled:SYR0003']);
    expect((await narrativesOf('text-strict')).join('\n')).not.toContain('\uFFFD');
  });

  it('imports such a row lossily when asked, with U+FFFD where the byte was and a note saying how many and where', async () => {
    const report = await importAcledCsv(deps, actor, 'text-lossy', latin1Row, { lossy: true });
    expect(report).toMatchObject({ rows: 3, imported: 3, rejected: [] });
    expect(report.notes).toContain('1 invalid UTF-8 sequence replaced with U+FFFD (lossy import), in row 2');
    expect(report.noteWordings.map((note) => note.text)).toEqual(report.notes);
    expect(report.noteWordings).toContainEqual(
      expect.objectContaining({ code: 'csvText.replaced', values: { count: 1, replacement: 'U+FFFD', rowList: 'single', rows: '', last: '2', more: 0 } }),
    );
    expect((await narrativesOf('text-lossy')).filter((n) => n.startsWith('Rock\uFFFDts fired'))).toHaveLength(1);
  });

  it('removes control characters from fields, says in which rows, and exports no NUL', async () => {
    const report = await importAcledCsv(deps, actor, 'text-control', secondRowWith('Rockets', Buffer.from('Ro\u0000ck\u0007ets\u001b\u007f')));
    expect(report).toMatchObject({ rows: 3, imported: 3, rejected: [] });
    expect(report.notes).toContain('4 control characters (C0 other than tab and line breaks, or DEL) removed from field values, in row 2');
    expect(report.noteWordings).toContainEqual(expect.objectContaining({ code: 'csvText.controlRemoved', values: { count: 4, rowList: 'single', rows: '', last: '2', more: 0 } }));
    expect((await narrativesOf('text-control')).filter((n) => n.startsWith('Rockets fired from the eastern districts'))).toHaveLength(1);
    const { csv } = await exportAcledCsv(deps, 'text-control');
    expect(csv).toContain('Rockets fired from the eastern districts');
    expect(csv).not.toMatch(/[\u0000-\u0008\u007f]/);
    expect(JSON.stringify(await exportCaseJson(deps, 'text-control'))).not.toMatch(/\\u000[0-8]|\\u001b|\u007f/);
  });

  it('refuses a header that names a column twice, or is not UTF-8, naming what is wrong, and saves nothing', async () => {
    const [header, first] = fixture.split('\n');
    const twice = `${header}, Notes \n${first},a second account\n`;
    await expect(importAcledCsv(deps, actor, 'broken', twice)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'header', column: 'notes', wording: { code: 'acledFile.columnTwice', values: { column: 'notes', first: 28, second: 32 } } },
    });
    await expect(importAcledCsv(deps, actor, 'broken', twice)).rejects.toThrow(/column "notes" appears twice \(columns 28 and 32\)/);
    const badName = Buffer.concat([Buffer.from(`${header},extra_`), Buffer.from([0xff]), Buffer.from(`\n${first},x\n`)]);
    await expect(importAcledCsv(deps, actor, 'broken', badName)).rejects.toThrow(/header: the name of column 32 is not UTF-8: the byte 0xFF at offset 6/);
    await expect(importAcledCsv(deps, actor, 'broken', badName)).rejects.toMatchObject({ details: { wording: { code: 'csvText.nameNotUtf8', values: { column: 32, byte: '0xFF', offset: 6 } } } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture, 'utf16le')]);
    await expect(importAcledCsv(deps, actor, 'broken', utf16)).rejects.toThrow(/the file is UTF-16/);
    await expect(importAcledCsv(deps, actor, 'broken', utf16)).rejects.toMatchObject({ details: { field: 'header', wording: { code: 'csvText.utf16', values: {} } } });
    const strayQuote = `${header}\nSYR0099,2017-"01"-01\n`;
    await expect(importAcledCsv(deps, actor, 'broken', strayQuote)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/^the file is not valid CSV \(a quote inside an unquoted field at line 2: .*\); the 0 good rows before the fault were imported$/),
      details: { field: 'file', problem: expect.stringMatching(/a quote inside an unquoted field at line 2/), wording: { code: 'acledFile.strayQuote', values: { line: 2, imported: 0 } } },
    });
    expect(await countsByKind('broken')).toEqual({});
  });

  it('reads a file that starts with a UTF-8 byte-order mark', async () => {
    const report = await importAcledCsv(deps, actor, 'text-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1Row]), { lossy: true, batchSize: 1 });
    expect(report).toMatchObject({ rows: 3, imported: 3 });
  });

  it('rolls back only the row the database refuses when a batch fails', async () => {
    let singleRowWrites = 0;
    const ledger = Object.create(dossier.ledger) as CustodyLedger;
    ledger.append = async (trx, drafts) => {
      // One entry per batch: the fixture's good rows come as one, then, once it is refused, one row at a time.
      if ((drafts[0]!.details!.origin as { rows: number }).rows > 1) throw new Error('simulated refusal of the whole batch');
      if (++singleRowWrites === 2) throw new Error('simulated refusal of one row');
      return CustodyLedger.prototype.append.call(dossier.ledger, trx, drafts);
    };
    const report = await importAcledCsv({ ...deps, ledger }, actor, 'flaky', fixture);
    expect(report.imported).toBe(4);
    expect(report.rejected.filter((r) => r.field === 'row')).toEqual([
      {
        row: 2,
        eventId: 'SYR0002',
        field: 'row',
        problem: expect.stringMatching(/refused it: simulated refusal of one row/),
        wording: { code: 'acledRow.databaseRefused', values: { reason: expect.stringMatching(/simulated refusal of one row/) }, text: expect.stringMatching(/refused it/) },
      },
    ]);
    expect((await incidentsOf('flaky')).flatMap((i) => i.tags as string[]).sort()).toEqual(['acled:SYR0001', 'acled:SYR0003', 'acled:SYR0004', 'acled:SYR0005']);
    const sources = await dossier.database.db.selectFrom('records').select('title').where('case_id', '=', 'flaky').where('kind', 'in', ['source', 'actor']).execute();
    expect(sources.map((s) => s.title)).not.toContain('Syrian Arab News Agency');
    expect(sources.map((s) => s.title)).not.toContain('Opposition Rebels (Syria)');
    expect((await auditRevisions(dossier.database.db)).problems).toEqual([]);
  });

  it('rejects a row that refers to what an unsaved row of the batch being written introduced', async () => {
    // Planned before the batch of row 3 was written, row 4 took the actor and source row 3 introduced.
    const ledger = Object.create(dossier.ledger) as CustodyLedger;
    ledger.append = async (trx, drafts) => {
      if ((drafts[0]!.details!.origin as { firstRow: number }).firstRow === 3) throw new Error('simulated refusal of row 3');
      return CustodyLedger.prototype.append.call(dossier.ledger, trx, drafts);
    };
    const flaky = { ...deps, ledger };
    const planner = new AcledImportPlanner(flaky, 'pipelined', new LossTally());
    await planner.loadExisting();
    const rows = parse(fixture, { columns: true }) as Row[];
    const third = await planner.plan(3, (parseAcledRecord(rows[2]!) as { event: AcledEvent }).event);
    const fourth = await planner.plan(4, (parseAcledRecord(rows[3]!) as { event: AcledEvent }).event);
    expect(fourth.dependsOn).toEqual(third.introduced.map((r) => r.id));
    const report: ImportReport = { rows: 2, imported: 0, rejected: [], created: { incidents: 0, acts: 0, victimGroups: 0, actors: 0, involvements: 0, sources: 0, claims: 0 }, notes: [], noteWordings: [] };
    const writer = new AcledBatchWriter(flaky, actor, planner, report, () => undefined);
    await writer.queue([third]);
    await writer.queue([fourth]);
    await writer.finish();
    expect(report.rejected).toEqual([
      {
        row: 3,
        eventId: 'SYR0003',
        field: 'row',
        problem: expect.stringMatching(/refused it: simulated refusal of row 3/),
        wording: { code: 'acledRow.databaseRefused', values: { reason: expect.stringMatching(/simulated refusal of row 3/) }, text: expect.stringMatching(/refused it/) },
      },
      {
        row: 4,
        eventId: 'SYR0004',
        field: 'row',
        problem: `refers to ${fourth.dependsOn[0]}, introduced by row 3, which could not be saved`,
        wording: { code: 'acledRow.lostReference', values: { id: fourth.dependsOn[0], row: 3 }, text: `refers to ${fourth.dependsOn[0]}, introduced by row 3, which could not be saved` },
      },
    ]);
    expect(report.imported).toBe(0);
    expect(await countsByKind('pipelined')).toEqual({});
    // A row planned after the loss introduces the source anew.
    const again = await planner.plan(4, (parseAcledRecord(rows[3]!) as { event: AcledEvent }).event);
    expect(again.introduced.map((r) => r.kind.name).sort()).toEqual(['actor', 'source']);
  });

  it('undoes a failed savepoint alone and keeps the rest of the transaction', async () => {
    const insert = (db: Parameters<Parameters<typeof withSavepoint>[1]>[0], id: string) =>
      db.insertInto('cases').values({ id, title: id, description: '', created_at: '2017-01-01T00:00:00.000Z', created_by: actor, salt: '00' }).execute();
    await dossier.database.writeTransaction(async (trx) => {
      await withSavepoint(trx, (t) => insert(t, 'sp-kept'));
      await expect(withSavepoint(trx, async (t) => {
        await insert(t, 'sp-undone');
        await insert(t, 'sp-kept');
      })).rejects.toThrow();
      await insert(trx, 'sp-after');
    });
    const ids = (await dossier.database.db.selectFrom('cases').select('id').where('id', 'like', 'sp-%').execute()).map((r) => r.id).sort();
    expect(ids).toEqual(['sp-after', 'sp-kept']);
  });

  it('exports GeoJSON (RFC 7946) with [longitude, latitude], and coarsens protected sites on request', async () => {
    const collection = await exportGeoJson(deps, 'aleppo');
    expect(collection.type).toBe('FeatureCollection');
    const feature = (id: string) => collection.features.find((f) => f.id === id)!;
    expect(feature(ids.convoy!).geometry).toEqual({ type: 'Point', coordinates: [36.9474545, 36.1477873] });
    expect(feature(ids.convoy!).properties).toMatchObject({ title: 'Air strike on the aid convoy', types: ['air_strike'], grade: 'reported', precision: 'settlement', pcodes: { community: 'C1029', admin1: 'SY02' }, killed: { count: { qualifier: 'at_least', min: 14 }, text: 'at least 14' }, coarsened: false });
    expect(feature(ids.erbin!).properties.date).toMatchObject({ edtf: '2017-01', earliest: '2017-01-01T00:00:00.000Z' });
    const ghouta = collection.features.find((f) => f.properties.title === 'Siege of East Ghouta')!;
    expect(ghouta.geometry.type).toBe('Polygon');
    const ring = (ghouta.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    let area = 0;
    for (let i = 0; i + 1 < ring.length; i++) area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(area).toBeGreaterThan(0);
    for (const f of collection.features) {
      expect(f.type).toBe('Feature');
      const [lon, lat] = f.geometry.type === 'Point' ? f.geometry.coordinates : (f.geometry as { coordinates: number[][][] }).coordinates[0]![0]!;
      expect(lon).toBeGreaterThan(35); // Syria: longitudes 35–43, latitudes 32–37.5
      expect(lat).toBeLessThan(37.5);
    }
    expect(collection.features.map((f) => f.properties.title)).not.toContain('Disappearances at checkpoints');
    expect(collection.losses.join('\n')).toMatch(/1 incident without a place that can be drawn left out/);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
    expect(feature(ids.hospitalStrike!).geometry).toEqual({ type: 'Point', coordinates: [37.16123, 36.19871] });

    const coarse = await exportGeoJson(deps, 'aleppo', { coarsen: true });
    const hospital = coarse.features.find((f) => f.id === ids.hospitalStrike)!;
    expect(hospital.geometry).toEqual({ type: 'Point', coordinates: [37.16, 36.2] });
    expect(hospital.properties).toMatchObject({ coarsened: true, precision: 'settlement' });
    expect(coarse.losses.join('\n')).toMatch(/1 incident at protected or exact sites coarsened/);
    expect((await exportAcledCsv(deps, 'aleppo', { coarsen: true })).csv).toContain('36.2000,37.1600');
  });

  it('exports the whole case as JSON with every record of every kind', async () => {
    const exported = await exportCaseJson(deps, 'aleppo');
    expect(exported).toMatchObject({ format: 'dossier-case', version: 1, case: { id: 'aleppo' }, vocabularyVersion: '1', evidence: [] });
    const counts = await countsByKind('aleppo');
    const listed = Object.values(exported.records).flat();
    expect(listed).toHaveLength(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(exported.records.victimGroups).toHaveLength(counts.victim_group!);
    expect(exported.records.contextEvents).toEqual([]);
    const stored = await dossier.database.db.selectFrom('records').select(['id', 'doc', 'rev']).where('case_id', '=', 'aleppo').execute();
    for (const row of stored) expect(listed.find((r) => r.id === row.id)).toMatchObject({ ...JSON.parse(row.doc), rev: row.rev });
    expect(exported.records.sources!.map((s) => s.name)).toContain('Witness W-07');
  });
});
