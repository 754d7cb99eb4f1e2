import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { SeededRandom } from '../src/app/seeded-random.js';
import { createCase } from '../src/cases/cases.js';
import { migrations } from '../src/db/migrations/index.js';
import { recordMatches } from '../src/db/search-index.js';
import { RecordPlanner, writePreparedRecords, type RecordGroup } from '../src/exchange/bulk-create.js';
import { actKind } from '../src/incidents/act-kind.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { assessmentKind } from '../src/qualifications/assessment-kind.js';
import { facetCounts } from '../src/records/record-query.js';
import { searchText } from '../src/records/record-search.js';
import { createRecord, updateRecord, type RecordDeps, type RecordView } from '../src/records/record-store.js';
import { sourceKind } from '../src/sources/source-kind.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, reopen } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:analyst';
const TYPES = ['air_strike', 'direct_fire', 'siege', 'barrel_bomb', 'summary_execution'] as const;
const WORDS = ['hospital', 'market', 'bakery'];
const GRADES = ['single_source', 'corroborated', 'confirmed'];

/** The counts worked out the long way: every matching record read, every term of every matched incident looked at. */
async function referenceFacets(dossier: Dossier, text: string, caseIds: string[] | undefined) {
  const { db, engine } = dossier.database;
  let matching = db.selectFrom('records').select(['id', 'kind', 'status']).where(recordMatches(engine, text));
  if (caseIds) matching = matching.where('case_id', 'in', caseIds);
  const matched = await matching.execute();
  const terms = await db.selectFrom('record_terms').select(['incident_id', 'term']).where('vocab', '=', 'incident_type').execute();
  const byKind: Record<string, number> = {};
  const byGrade: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const record of matched) {
    byKind[record.kind] = (byKind[record.kind] ?? 0) + 1;
    if (record.kind !== 'incident') continue;
    byGrade[record.status ?? 'none'] = (byGrade[record.status ?? 'none'] ?? 0) + 1;
    for (const type of new Set(terms.filter((t) => t.incident_id === record.id).map((t) => t.term))) byType[type] = (byType[type] ?? 0) + 1;
  }
  return { byKind, incidentFacets: { byType, byGrade } };
}

describe.each(engines)('search facets on $name', (engine) => {
  let dossier: Dossier;
  let deps: RecordDeps;
  const incidents: RecordView[] = [];

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    deps = { database: dossier.database, ledger: dossier.ledger };
    const random = new SeededRandom(17);
    const incidentInput = (i: number) => ({
      title: `Strike near the ${random.pick(WORDS)} ${i}`,
      narrative: `Residents describe damage to the ${random.pick(WORDS)}.`,
      types: [...new Set([random.pick(TYPES), ...(random.chance(0.4) ? [random.pick(TYPES)] : [])])],
      date: { edtf: `2016-0${1 + (i % 9)}-1${i % 10}` },
    });
    for (const caseId of ['north', 'south']) await createCase(dossier, actor, { id: caseId, title: `The ${caseId}` });
    for (let i = 0; i < 40; i++) incidents.push(await createRecord(deps, incidentKind, actor, i % 4 === 0 ? 'south' : 'north', incidentInput(i)));
    // The bulk writer of imports, with acts in the same batch as their incidents.
    const planner = new RecordPlanner(deps, 'north');
    const groups: RecordGroup[] = [];
    for (let i = 40; i < 60; i++) {
      const incident = await planner.prepare(incidentKind, incidentInput(i));
      planner.remember([incident]);
      const act = await planner.prepare(actKind, { incidentId: incident.id, type: random.pick(TYPES) });
      groups.push({ records: [incident, act] });
    }
    await dossier.database.writeTransaction((trx) => writePreparedRecords(deps, trx, actor, groups));
    // Acts add types to their incident (sometimes one it has already); grades come from verifications.
    for (const incident of incidents.slice(0, 30)) {
      if (random.chance(0.5)) await createRecord(deps, actKind, actor, incident.caseId, { incidentId: incident.id, type: random.pick(TYPES) });
      if (random.chance(0.5)) {
        const object = { kind: 'incident', id: incident.id };
        await createRecord(deps, assessmentKind, actor, incident.caseId, { object, assessmentType: 'verification', assessor: 'A', rationale: 'imagery', assessedOn: '2017-01-01', grade: random.pick(GRADES) });
      }
    }
    await createRecord(deps, sourceKind, actor, 'north', { name: 'Hospital directorate', sourceType: 'ngo', reliability: 'B', partyToConflict: 'no', protectionLevel: 'public' });
  }, 120_000);

  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function expectReferenceCounts(text: string, caseIds: string[] | undefined): Promise<void> {
    const found = await searchText(dossier.database, incidentKind, text, { caseIds, limit: 5 });
    const reference = await referenceFacets(dossier, text, caseIds);
    expect({ byKind: found.byKind, incidentFacets: found.incidentFacets }, `"${text}" in ${caseIds ?? 'all cases'}`).toEqual(reference);
    // And the same numbers as the incident list's facets for the same filter.
    const listed = await facetCounts(dossier.database, incidentKind, { caseIds, text }, ['incident_type']);
    expect(found.incidentFacets).toEqual({ byType: listed.terms.incident_type ?? {}, byGrade: listed.status });
  }

  it('counts matches by kind, grade and type as the long way does, for words, prefixes and scopes', async () => {
    for (const text of ['hospital', 'market', 'bak', 'strike hospital', 'residents', 'directorate']) {
      for (const caseIds of [['north'], ['south'], ['north', 'south'], undefined]) await expectReferenceCounts(text, caseIds);
    }
    const hospital = await searchText(dossier.database, incidentKind, 'hospital', { caseIds: ['north'] });
    expect(hospital.byKind.source).toBe(1);
    expect(Object.values(hospital.incidentFacets.byType).reduce((a, b) => a + b, 0)).toBeGreaterThan(hospital.byKind.incident!);
  });

  it('counts nothing for words that match nothing or for no words at all', async () => {
    for (const text of ['zanzibar', '!!!']) {
      const found = await searchText(dossier.database, incidentKind, text, { caseIds: ['north'] });
      expect({ byKind: found.byKind, incidentFacets: found.incidentFacets }).toEqual({ byKind: {}, incidentFacets: { byType: {}, byGrade: {} } });
    }
  });

  it('keeps the counts right when an incident changes its types and an act moves to another incident', async () => {
    const [first, second] = incidents.filter((i) => i.caseId === 'north');
    await updateRecord(deps, incidentKind, actor, first!.id, { types: ['siege'] });
    const act = await createRecord(deps, actKind, actor, 'north', { incidentId: first!.id, type: 'barrel_bomb' });
    await updateRecord(deps, actKind, actor, act.id, { incidentId: second!.id });
    const gathered = await dossier.database.db.selectFrom('records').select(['id', 'incident_types']).where('id', 'in', [first!.id, second!.id]).execute();
    const reference = await referenceFacets(dossier, 'strike', ['north']);
    expect((await searchText(dossier.database, incidentKind, 'strike', { caseIds: ['north'] })).incidentFacets).toEqual(reference.incidentFacets);
    expect(gathered.find((row) => row.id === second!.id)!.incident_types).toContain('barrel_bomb');
    await expectReferenceCounts('strike', undefined);
  });

  it('gathers the types of incidents kept before the column existed when the migration runs', async () => {
    const gathered = () => dossier.database.db.selectFrom('records').select(['id', 'incident_types']).where('kind', '=', 'incident').orderBy('id').execute();
    const { db } = dossier.database;
    const before = await gathered();
    expect(before.filter((row) => row.incident_types !== null)).toHaveLength(60);
    // Back to the schema of migration 0018, as a data directory of an older version has it.
    await db.schema.dropIndex('records_by_case_kind_status_types').execute();
    await sql`alter table records drop column incident_types`.execute(db);
    await db.schema.createIndex('records_by_case_kind_status').on('records').columns(['case_id', 'kind', 'status']).execute();
    // And without the later migrations, whose PostgreSQL indexes carry the column.
    // (The migrator applies migrations in order only, so those after 0021 are undone too: 0024's and 0029's columns and 0027–0028's and 0030's onwards tables dropped, 0032's comments too.)
    const laterIndexes = ['records_by_case_kind_date_end', 'records_by_case_kind_status_date', 'records_by_box', 'records_by_case_kind_date_covering', 'records_by_long_span'];
    for (const index of laterIndexes) await sql`drop index if exists ${sql.id(index)}`.execute(db);
    await sql`alter table cases drop column retention_days`.execute(db);
    for (const column of ['language', 'numerals']) await sql`alter table users drop column ${sql.id(column)}`.execute(db);
    for (const table of ['witnesses', 'checkpoint_cosignatures', 'witness_policy', 'checkpoint_timestamps', 'incident_workflow', 'incident_assignees', 'case_workflows', 'notifications', 'comments', 'comment_revisions', dossier.database.engine === 'sqlite' ? 'comment_fts' : 'comment_search', 'sensitivity_labels', 'sensitivity_label_history', 'case_labels', 'sensitivity_suggestions', 'care_settings', 'graphic_reveals', 'invitations', 'recovery_codes', 'evidence_workflow', 'evidence_assignees', 'notification_settings', 'notification_follows', 'notification_outbox']) await sql`drop table ${sql.id(table)}`.execute(db);
    const later = Object.keys(migrations(dossier.database.engine)).filter((name) => name >= '0021');
    await db.deleteFrom('kysely_migration' as never).where('name' as never, 'in', later as never).execute();
    dossier = await reopen(dossier);
    expect(await gathered()).toEqual(before);
    await expectReferenceCounts('hospital', ['north']);
  });
});
