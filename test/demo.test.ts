import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../src/analysis/compare-result.js';
import type { PatternResult } from '../src/analysis/pattern-result.js';
import { runAnalysis } from '../src/analysis/run-analysis.js';
import type { SequenceResult } from '../src/analysis/sequence-result.js';
import type { TempoResult } from '../src/analysis/tempo-result.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import { CAMPAIGN_GOVERNORATE, CAMPAIGN_TOWNS } from '../src/app/demo/synthetic-calendar.js';
import { SYNTHETIC_MARK, SYNTHETIC_ORIGIN_FORMAT, SYNTHETIC_SOURCE_NAME, SYNTHETIC_TAG, SYNTHETIC_TITLE_PREFIX } from '../src/app/demo/synthetic.js';
import type { Dossier } from '../src/app/open.js';
import { incidentFile, type IncidentFile } from '../src/incidents/incident-file.js';
import { auditLedger } from '../src/ledger/audit.js';
import { describeTotal } from '../src/values/count-sum.js';
import { newDossier } from './support/dossier.js';

describe('the demo case', () => {
  let dossier: Dossier;
  let seeded: boolean;

  const records = (kind: string) =>
    dossier.database.db.selectFrom('records').select(['id', 'title', 'status', 'doc']).where('case_id', '=', DEMO_CASE_ID).where('kind', '=', kind).execute();

  async function fileTitled(words: string): Promise<IncidentFile> {
    const incident = (await records('incident')).find((row) => row.title.includes(words));
    if (!incident) throw new Error(`no demo incident titled "${words}"`);
    return incidentFile(dossier.database, incident.id, DEMO_CASE_ID);
  }

  beforeAll(async () => {
    dossier = await newDossier();
    seeded = await seedDemoCase(dossier);
  });
  afterAll(async () => {
    await dossier?.close();
  });

  it('documents a case: incidents with acts, victims, sources, claims, context, qualifications and assessments', async () => {
    expect(seeded).toBe(true);
    const count = async (kind: string) => (await records(kind)).length;
    const incidents = await records('incident');
    expect(incidents.length).toBeGreaterThanOrEqual(8);
    expect(await count('act')).toBeGreaterThanOrEqual(incidents.length);
    expect(await count('victim_group')).toBeGreaterThanOrEqual(incidents.length);
    expect(await count('source')).toBeGreaterThanOrEqual(5);
    expect(await count('actor')).toBeGreaterThanOrEqual(5);
    expect(await count('involvement')).toBeGreaterThanOrEqual(incidents.length);
    expect(await count('claim')).toBeGreaterThanOrEqual(incidents.length);
    expect(await count('context_event')).toBeGreaterThanOrEqual(4);
    expect(await count('qualification')).toBeGreaterThanOrEqual(3);
    expect(await count('site')).toBeGreaterThanOrEqual(1);
    // Every incident has been graded by a verification assessment.
    expect(incidents.every((row) => row.status !== 'reported')).toBe(true);
    expect(await count('assessment')).toBeGreaterThan(incidents.length);
  });

  it('shows the convoy with its figure, its denial and its attributions', async () => {
    const convoy = await fileTitled('Urum al-Kubra');
    expect(describeTotal(convoy.figures.killed)).toBe('at least 14');
    expect(convoy.incident.grade).toBe('confirmed');
    expect(convoy.findings.find((f) => f.subject.field === 'occurred')?.status).toBe('disputed');
    const statuses = convoy.involvements.map((inv) => inv.attributionStatus).sort();
    expect(statuses).toEqual(['alleged_by_source', 'assessed_likely']);
    expect(convoy.involvements.find((inv) => inv.eitherOr === true)?.actorIds).toHaveLength(2);
    const attribution = (await records('assessment')).map((row) => JSON.parse(row.doc)).find((doc) => doc.assessmentType === 'attribution');
    expect(attribution?.standard).toBe('reasonable_grounds_to_believe');
    expect(convoy.qualifications.map((q) => q.provision)).toEqual(['rs-8-2-e-iii']);
    expect(convoy.assessments.map((a) => a.grade).filter(Boolean)).toEqual(expect.arrayContaining(['contested', 'confirmed']));
  });

  it('keeps two sources that disagree on a death toll, and shows the conflict', async () => {
    const arbin = await fileTitled('Arbin (Erbin), East Ghouta: first');
    const killed = arbin.findings.find((f) => f.subject.kind === 'victim_group' && f.subject.field === 'killed');
    expect(killed?.status).toBe('conflicting');
    expect(killed?.values).toHaveLength(2);
    expect(describeTotal(arbin.figures.killed)).toBe('at least 2');
  });

  it('keeps the witness restricted and the hospital site protected', async () => {
    const witness = (await records('source')).map((row) => JSON.parse(row.doc)).find((doc) => doc.sourceType === 'witness');
    expect(witness?.protectionLevel).toBe('restricted');
    const [site] = (await records('site')).map((row) => JSON.parse(row.doc));
    expect(site?.protectedSite).toBe(true);
  });

  it('logs every write in a ledger that audits clean, and a second start changes nothing', async () => {
    const audit = await auditLedger(dossier.database.db, { origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey });
    expect(audit.ok, audit.problem).toBe(true);
    const revisions = await dossier.database.db.selectFrom('record_revisions').select('record_id').where('case_id', '=', DEMO_CASE_ID).execute();
    expect(revisions.length).toBe((await dossier.database.db.selectFrom('records').select('id').where('case_id', '=', DEMO_CASE_ID).execute()).length);

    const size = await dossier.ledger.currentSize();
    expect(await seedDemoCase(dossier)).toBe(false);
    expect(await dossier.ledger.currentSize()).toBe(size);
  });
});

describe('the demo case’s synthetic part', () => {
  let first: Dossier;
  let second: Dossier;

  interface SyntheticRecord {
    kind: string;
    id: string;
    title: string;
    doc: string;
    origin: Record<string, unknown>;
  }

  /** The synthetic records in the order their ledger entries logged them, found by the generator named in each entry. */
  async function syntheticRecords(dossier: Dossier): Promise<SyntheticRecord[]> {
    const entries = await dossier.ledger.entries({ caseId: DEMO_CASE_ID, limit: 100_000 });
    const logged = entries.filter((entry) => (entry.details.origin as { format?: string } | undefined)?.format === SYNTHETIC_ORIGIN_FORMAT);
    const rows = await dossier.database.db.selectFrom('records').select(['id', 'kind', 'title', 'doc']).where('case_id', '=', DEMO_CASE_ID).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return logged.flatMap((entry) =>
      (entry.details.records as { id: string }[]).map(({ id }) => {
        const row = byId.get(id)!;
        return { kind: row.kind, id, title: row.title, doc: row.doc, origin: entry.details.origin as Record<string, unknown> };
      }),
    );
  }

  /** The documents with every record id replaced by its kind and place in the order of logging. */
  function normalised(records: SyntheticRecord[]): { kind: string; doc: string; origin: Record<string, unknown> }[] {
    const names = new Map(records.map((record, index) => [record.id, `${record.kind}#${index}`]));
    return records.map(({ kind, doc, origin }) => ({ kind, origin, doc: doc.replace(/\b[a-z]{2,4}_[0-9a-hjkmnp-tv-z]{26}\b/g, (id) => names.get(id) ?? `foreign:${id}`) }));
  }

  const deps = async (dossier: Dossier) => ({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() });

  beforeAll(async () => {
    first = await newDossier();
    second = await newDossier();
    await seedDemoCase(first);
    await seedDemoCase(second);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('is the same on every seeding, ids and timestamps apart, and refers to no record outside it', async () => {
    const one = await syntheticRecords(first);
    const two = await syntheticRecords(second);
    expect(one.filter((record) => record.kind === 'incident').length).toBeGreaterThanOrEqual(150);
    expect(one.filter((record) => record.kind === 'context_event').length).toBeGreaterThanOrEqual(10);
    expect(normalised(two)).toEqual(normalised(one));
    expect(normalised(one).filter((record) => record.doc.includes('foreign:'))).toEqual([]);
  });

  it('labels every synthetic record, and no record of the documented demo', async () => {
    const synthetic = await syntheticRecords(first);
    const ids = new Set(synthetic.map((record) => record.id));
    const titled = ['incident', 'context_event', 'actor', 'source', 'victim_group'];
    for (const record of synthetic) {
      // A victim group's only text is its description, which is also its title.
      if (record.kind !== 'victim_group') expect(record.doc, `${record.kind} ${record.id}`).toContain(SYNTHETIC_MARK);
      if (titled.includes(record.kind)) expect(record.title, `${record.kind} ${record.id}`).toMatch(/^\[Synthetic\] /);
      if (record.kind === 'incident') expect(JSON.parse(record.doc).tags).toContain(SYNTHETIC_TAG);
    }
    const source = synthetic.find((record) => record.kind === 'source')!;
    expect(source.title).toBe(SYNTHETIC_SOURCE_NAME);
    for (const event of synthetic.filter((record) => record.kind === 'context_event')) expect(JSON.parse(event.doc).sourceIds).toEqual([source.id]);
    const cited = new Set(synthetic.filter((record) => record.kind === 'claim').map((claim) => JSON.parse(claim.doc)).filter((claim) => claim.sourceId === source.id).map((claim) => claim.subject.id));
    for (const incident of synthetic.filter((record) => record.kind === 'incident')) expect(cited.has(incident.id), incident.id).toBe(true);

    const documented = (await first.database.db.selectFrom('records').select(['id', 'title', 'doc']).where('case_id', '=', DEMO_CASE_ID).execute()).filter((row) => !ids.has(row.id));
    expect(documented.length).toBeGreaterThan(0);
    for (const row of documented) {
      expect(row.title.startsWith('[Synthetic]'), row.id).toBe(false);
      expect(row.doc.includes(SYNTHETIC_MARK), row.id).toBe(false);
    }
  });

  it('shows tempo falling before the rounds of talks and rising after, with an interval above 1', async () => {
    const result = (await runAnalysis(await deps(first), DEMO_CASE_ID, { analysis: 'tempo', aroundKind: 'peace_talks', windowDays: 21 })) as TempoResult;
    const talks = (await first.database.db.selectFrom('records').select('id').where('case_id', '=', DEMO_CASE_ID).where('kind', '=', 'context_event').where('status', '=', 'peace_talks').execute()).length;
    expect(result.windows).toHaveLength(talks);
    const combined = result.combined!;
    if (!('rateRatio' in combined)) throw new Error(`not combined: ${combined.notCombined}`);
    expect(combined.after.certain).toBeGreaterThan(combined.before.certain);
    expect(combined.rateRatio!.estimate).toBeGreaterThan(1);
    expect(combined.rateRatio!.low).toBeGreaterThan(1);
  });

  it('shows the campaign moving through its towns one at a time', async () => {
    const result = (await runAnalysis(await deps(first), DEMO_CASE_ID, { analysis: 'sequence', level: 'community', filters: { pcode: CAMPAIGN_GOVERNORATE } })) as SequenceResult;
    expect(result.places.map((place) => place.pcode)).toEqual(CAMPAIGN_TOWNS.map((town) => town.pcode));
    expect(result.overlap).not.toBeNull();
    expect(result.overlap!).toBeLessThanOrEqual(0.1);
  });

  it('shows the air force with a far higher share of attacks on specially protected objects than the armed group', async () => {
    const airForce = `${SYNTHETIC_TITLE_PREFIX}Government air force`;
    const armedGroup = `${SYNTHETIC_TITLE_PREFIX}Opposition armed group`;
    const result = (await runAnalysis(await deps(first), DEMO_CASE_ID, { analysis: 'compare', actors: [airForce, armedGroup] })) as CompareResult;
    const share = (name: string) => result.parties.find((party) => party.actor.name === name)!.protectedShare!;
    expect(share(airForce).low).toBeGreaterThan(share(armedGroup).high);
    expect(share(airForce).estimate).toBeGreaterThan(3 * share(armedGroup).estimate);
    // Its squadrons count as the air force through the dated chain of command; either-or strikes only possibly.
    const party = result.parties.find((p) => p.actor.name === airForce)!;
    expect(party.incidents.attributed).toBeGreaterThan(100);
    expect(party.incidents.possiblyAttributed).toBeGreaterThan(0);
  });

  it('lists barrel bombs on markets as the modus operandi repeated most', async () => {
    const result = (await runAnalysis(await deps(first), DEMO_CASE_ID, { analysis: 'pattern' })) as PatternResult;
    const [top] = result.modusOperandi.combinations;
    expect(top).toMatchObject({ type: 'barrel_bomb', means: 'barrel_bomb', target: 'market' });
    expect(top!.incidents).toBeGreaterThanOrEqual(20);
  });
});
