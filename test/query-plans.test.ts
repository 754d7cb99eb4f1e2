import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { RecordPlanner, writePreparedRecords, type PreparedRecord } from '../src/exchange/bulk-create.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { facetCounts, listRecords } from '../src/records/record-query.js';
import { searchText } from '../src/records/record-search.js';
import { FACET_CAP } from '../src/records/search-facets.js';
import type { RecordDeps } from '../src/records/record-store.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:analyst';
// Above the 2,000 matches at which a list walks its date index and only checks a term or a word.
const COMMON = 3_000;

interface Made {
  title: string;
  day: string;
  types: string[];
}

const day = (i: number) => new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

async function writeIncidents(deps: RecordDeps, caseId: string, inputs: object[]): Promise<void> {
  const planner = new RecordPlanner(deps, caseId);
  const records: PreparedRecord[] = [];
  for (const input of inputs) records.push(await planner.prepare(incidentKind, input));
  await deps.database.writeTransaction((trx) => writePreparedRecords(deps, trx, actor, records.map((r) => ({ records: [r] }))));
}

describe.each(engines)('lists and searches whichever way the planner goes, on $name', (engine) => {
  let dossier: Dossier;
  let deps: RecordDeps;
  const made: Made[] = [];

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    deps = { database: dossier.database, ledger: dossier.ledger };
    await createCase(dossier, actor, { id: 'big', title: 'Many incidents' });
    await createCase(dossier, actor, { id: 'small', title: 'A few incidents' });
    // Dates are shuffled against creation order, so date order and insertion order differ.
    const inputs = Array.from({ length: COMMON }, (_, i) => {
      const item: Made = { title: `${i % 4 ? 'Hospital' : 'Market'} strike ${i}`, day: day((i * 7919) % 4000), types: [i % 25 === 0 ? 'siege' : 'air_strike'] };
      made.push(item);
      return { title: item.title, types: item.types, date: { edtf: item.day } };
    });
    await writeIncidents(deps, 'big', inputs);
    // Long documents that mention the word once rank below the short ones of the big case.
    const filler = 'The commission received several accounts of the events of that week from residents of the district. ';
    await writeIncidents(deps, 'small', [0, 1, 2].map((i) => ({ title: `Night attack ${i}`, narrative: `${filler.repeat(3 + i)}A hospital was among the buildings hit.`, types: ['air_strike'], date: { edtf: day(i) } })));
    // Planner statistics, as a database in use has them (Dossier refreshes them when it closes).
    await sql`analyze`.execute(dossier.database.db);
  }, 120_000);
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  const expected = (keep: (m: Made) => boolean, descending = false) =>
    made
      .filter(keep)
      .sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? -1 : 1) * (descending ? -1 : 1))
      .map((m) => m.title);

  async function allPages(filter: Parameters<typeof listRecords>[2], sort: 'date' | '-date'): Promise<string[]> {
    const titles: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listRecords(dossier.database, incidentKind, { caseIds: ['big'], ...filter }, { limit: 500, sort, ...(cursor ? { cursor } : {}) });
      titles.push(...page.items.map((item) => String(item.title)));
      cursor = page.nextCursor;
    } while (cursor);
    return titles;
  }

  it('pages through a common type in date order, and a rare one', async () => {
    const firstPage = await listRecords(dossier.database, incidentKind, { caseIds: ['big'], terms: [{ vocab: 'incident_type', anyOf: ['air_strike'] }] }, { limit: 50 });
    expect(firstPage.items.map((i) => i.title)).toEqual(expected((m) => m.types.includes('air_strike')).slice(0, 50));
    expect(await allPages({ terms: [{ vocab: 'incident_type', anyOf: ['siege'] }] }, '-date')).toEqual(expected((m) => m.types.includes('siege'), true));
  });

  it('combines a common word with a common type, newest first, across pages', async () => {
    const titles = await allPages({ text: 'hospital', terms: [{ vocab: 'incident_type', anyOf: ['air_strike'] }] }, '-date');
    expect(titles).toEqual(expected((m) => m.title.startsWith('Hospital') && m.types.includes('air_strike'), true));
    expect(titles.length).toBeGreaterThan(1000);
    expect(await allPages({ text: 'strike 100', terms: [{ vocab: 'incident_type', anyOf: ['siege'] }] }, 'date')).toEqual(
      expected((m) => /strike 100\d*$/.test(m.title) && m.types.includes('siege')),
    );
    // A last word under three letters is matched whole, not as the prefix of most of the index.
    expect(await allPages({ text: 'strike 7', terms: [{ vocab: 'incident_type', anyOf: ['air_strike'] }] }, 'date')).toEqual(['Hospital strike 7']);
  });

  it('ranks a small case’s matches even when a large case holds all the best ones', async () => {
    const everywhere = await searchText(dossier.database, incidentKind, 'hospital', { limit: 8, facets: false });
    expect(everywhere.hits.every((hit) => hit.caseId === 'big')).toBe(true);
    const small = await searchText(dossier.database, incidentKind, 'hospital', { caseIds: ['small'], limit: 2, facets: false });
    // The shortest document weighs the word most.
    expect(small.hits.map((hit) => hit.title)).toEqual(['Night attack 0', 'Night attack 1']);
    const big = await searchText(dossier.database, incidentKind, 'hospital', { caseIds: ['big'], limit: 5, facets: false });
    expect(big.hits).toHaveLength(5);
    expect(big.hits.every((hit) => hit.caseId === 'big' && String(hit.title).startsWith('Hospital'))).toBe(true);
  });

  it('counts a common word’s matches (the index walked) and a rare word’s (the matches read) as the incident list does', async () => {
    const caseIds = ['big', 'small'];
    for (const text of ['hospital', 'market', 'night']) {
      const found = await searchText(dossier.database, incidentKind, text, { caseIds, limit: 5 });
      const listed = await facetCounts(dossier.database, incidentKind, { caseIds, text }, ['incident_type']);
      if (found.countsComplete === false) {
        // PostgreSQL counts a common word's first FACET_CAP + 1 matches and says so: each count a lower bound.
        expect(engine.name, text).toBe('postgres');
        expect(listed.total, text).toBeGreaterThan(FACET_CAP);
        expect(found.byKind, text).toEqual({ incident: FACET_CAP + 1 });
        for (const [type, n] of Object.entries(found.incidentFacets.byType)) expect(n, `${text} ${type}`).toBeLessThanOrEqual(listed.terms.incident_type![type]!);
        for (const [grade, n] of Object.entries(found.incidentFacets.byGrade)) expect(n, `${text} ${grade}`).toBeLessThanOrEqual(listed.status[grade]!);
        continue;
      }
      expect(found.incidentFacets, text).toEqual({ byType: listed.terms.incident_type ?? {}, byGrade: listed.status });
      expect(found.byKind, text).toEqual({ incident: listed.total });
    }
    const hospital = await searchText(dossier.database, incidentKind, 'hospital', { caseIds, limit: 5 });
    const inBig = made.filter((m) => m.title.startsWith('Hospital'));
    if (engine.name === 'postgres') {
      // More matches than PostgreSQL counts: its counts are of the first ones found, and said to be incomplete.
      expect([hospital.countsComplete, inBig.length + 3 > FACET_CAP]).toEqual([false, true]);
    } else {
      // The small case's three night attacks mention a hospital too, as air strikes.
      expect(hospital.countsComplete).toBe(true);
      expect(hospital.byKind).toEqual({ incident: inBig.length + 3 });
      expect(hospital.incidentFacets.byType).toEqual({
        air_strike: inBig.filter((m) => m.types.includes('air_strike')).length + 3,
        siege: inBig.filter((m) => m.types.includes('siege')).length,
      });
    }
    // The small case alone has few: counted exactly on both engines.
    const small = await searchText(dossier.database, incidentKind, 'hospital', { caseIds: ['small'], limit: 5 });
    expect([small.countsComplete, small.byKind, small.incidentFacets.byType]).toEqual([true, { incident: 3 }, { air_strike: 3 }]);
  });
});
