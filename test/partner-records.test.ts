import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { importPartnerRecords, type PartnerRecordsReport } from '../src/case-file/partner-records.js';
import { exportCaseJson, type CaseExport } from '../src/exchange/json-export.js';
import { getRecord, type RecordView } from '../src/records/record-store.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { newDossier } from './support/dossier.js';

/**
 * The partner's records as importPartnerRecords reads them, altered by hand the way a newer or damaged partner
 * export could be (a bag that verifies cannot be altered, so this calls the record import directly).
 */
describe("a partner's records that cannot all be taken in", () => {
  let partner: Dossier;
  let receiver: Dossier;
  let exported: CaseExport;
  let report: PartnerRecordsReport;
  let badIncident: RecordView;
  let badClaim: RecordView;
  let listing: RecordView;

  beforeAll(async () => {
    partner = await newDossier();
    await seedDemoCase(partner);
    exported = await exportCaseJson(partner, DEMO_CASE_ID);
    receiver = await newDossier();
    await createCase(receiver, 'test:owner', { id: 'joint', title: 'Joint investigation' });

    const records = exported.records;
    // An incident other incidents belong to (the siege), so that their links to it are left out.
    badIncident = records.incidents!.find((view) => records.incidents!.some((child) => child.parentId === view.id))!;
    badIncident.types = ['a_type_we_do_not_know'];
    // A claim about another incident, rejected for its stance; an involvement that cites it keeps the rest.
    listing = records.involvements!.find((inv) => inv.incidentId !== badIncident.id)!;
    badClaim = records.claims!.find((c) => c.incidentId !== badIncident.id && c.id !== undefined)!;
    badClaim.stance = 'a_stance_we_do_not_know';
    listing.claimIds = [badClaim.id, ...((listing.claimIds as string[] | undefined) ?? []).filter((id) => id !== badClaim.id)];
    exported.vocabularyVersion = '0.1';
    (records as Record<string, RecordView[]>).weapons = [{ id: 'wpn_1', kind: 'incident', caseId: DEMO_CASE_ID, rev: 1, createdAt: '', createdBy: '', updatedAt: '', updatedBy: '' }];
    const noEvidence = new Map(exported.evidence.map((item) => [item.id, null]));
    report = await importPartnerRecords({ database: receiver.database, ledger: receiver.ledger, gazetteer: await receiver.places() }, 'test:importer', 'joint', exported, noEvidence, {
      log: 'partner.example.org/ledger',
      caseId: DEMO_CASE_ID,
      bagTagManifestSha256: 'f'.repeat(64),
      bagEntry: 'data/case/case.json',
      transferSeq: 1,
    });
  });
  afterAll(async () => {
    await partner?.close();
    await receiver?.close();
  });

  it('rejects a record naming the field, and every record that cannot stand without it', async () => {
    expect(report.rejected).toContainEqual({ kind: 'incident', partnerId: badIncident.id, field: 'types[0]', problem: expect.stringContaining('a_type_we_do_not_know') });
    const dependents = Object.values(exported.records)
      .flat()
      .filter((view) => view.id !== badIncident.id && (view.incidentId === badIncident.id || (view.subject as { id?: string } | undefined)?.id === badIncident.id));
    expect(dependents.length).toBeGreaterThan(0);
    const rejected = new Set(report.rejected.map((r) => r.partnerId));
    for (const view of dependents) expect(rejected.has(view.id), `${view.kind} ${view.id}`).toBe(true);
    const created = new Set(report.created.map((r) => r.partnerId));
    for (const view of dependents) expect(created.has(view.id)).toBe(false);
  });

  it('leaves out an optional link to a rejected record, keeping the record that holds it', async () => {
    const children = exported.records.incidents!.filter((view) => view.parentId === badIncident.id);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) {
      expect(report.created.map((r) => r.partnerId)).toContain(child.id);
      expect(report.linksDropped).toContainEqual({ kind: 'incident', partnerId: child.id, field: 'parentId', reference: badIncident.id, problem: 'the partner record was not imported' });
      const ours = await getRecord(receiver, incidentKind, report.created.find((r) => r.partnerId === child.id)!.id);
      expect(ours.parentId).toBeUndefined();
      expect(ours.title).toBe(child.title);
    }
  });

  it('leaves a rejected record out of the lists that cite it, and says so', async () => {
    expect(report.rejected).toContainEqual({ kind: 'claim', partnerId: badClaim.id, field: 'stance', problem: expect.stringContaining('a_stance_we_do_not_know') });
    expect(report.linksDropped).toContainEqual({ kind: 'involvement', partnerId: listing.id, field: 'claimIds[0]', reference: badClaim.id, problem: 'the partner record was not imported' });
    expect(report.created.map((r) => r.partnerId)).toContain(listing.id);
  });

  it('names a kind it does not know and a vocabulary version not its own', () => {
    expect(report.rejected).toContainEqual({ kind: 'weapons', partnerId: 'wpn_1', field: 'kind', problem: expect.stringContaining('"weapons"') });
    expect(report.partnerVocabularyVersion).toBe('0.1');
  });

  it('creates every other record, and links left out only because their evidence was withheld', () => {
    const all = Object.entries(exported.records).flatMap(([key, views]) => (key === 'weapons' ? [] : views));
    expect(report.created.length + report.rejected.length - 1).toBe(all.length);
    expect(report.linksDropped.filter((l) => l.reference.startsWith('ev_')).every((l) => /without its bytes/.test(l.problem))).toBe(true);
  });
});
