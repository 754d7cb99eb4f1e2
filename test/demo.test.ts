import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo.js';
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
