/**
 * A partner's case file of many records taken in by `importCaseFile`: verify, evidence, the bag's other files
 * kept, and every record made ours (links mapped, origins kept). The reference, in the same process: the same
 * number of records written by the bulk writer ACLED imports use (writePreparedRecords), which checks and
 * writes records but maps no links and verifies no bag.
 * Usage: npx tsx bench/partner-import.ts [INCIDENTS]   (each incident comes with an act and a claim)
 */
import path from 'node:path';
import { createCase } from '../src/cases/cases.js';
import { exportCaseFile } from '../src/case-file/export-case-file.js';
import { importCaseFile } from '../src/case-file/import-case-file.js';
import { RecordPlanner, writePreparedRecords, type RecordGroup } from '../src/exchange/bulk-create.js';
import { actKind } from '../src/incidents/act-kind.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import type { RecordDeps } from '../src/records/record-store.js';
import { claimKind } from '../src/sources/claim-kind.js';
import { sourceKind } from '../src/sources/source-kind.js';
import { benchDossier, removeDossier } from './support.js';

const incidents = Number(process.argv[2] ?? 5000);

/** An incident, one act and one claim citing a shared source, as RecordGroups of one case. */
async function buildRecords(deps: RecordDeps, caseId: string): Promise<RecordGroup[]> {
  const planner = new RecordPlanner(deps, caseId);
  const source = await planner.prepare(sourceKind, { name: 'Local coordination committee', sourceType: 'ngo', reliability: 'C', partyToConflict: 'no', protectionLevel: 'public' });
  planner.remember([source]);
  const groups: RecordGroup[] = [{ records: [source] }];
  for (let i = 0; i < incidents; i++) {
    const day = new Date(Date.UTC(2013, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 10);
    const incident = await planner.prepare(incidentKind, { title: `Air strike on a market, report ${i}`, types: ['air_strike'], date: { edtf: day }, place: { precision: 'settlement', pcodes: { community: 'C1007' } } });
    planner.remember([incident]);
    const act = await planner.prepare(actKind, { incidentId: incident.id, type: 'air_strike', means: ['unguided_bomb'] });
    planner.remember([act]);
    const claim = await planner.prepare(claimKind, { subject: { kind: 'incident', id: incident.id, field: 'date' }, value: { edtf: day }, stance: 'asserts', sourceId: source.id });
    planner.remember([claim]);
    groups.push({ records: [incident, act, claim] });
  }
  return groups;
}

const peak = { rss: 0 };
const sampler = setInterval(() => (peak.rss = Math.max(peak.rss, process.memoryUsage().rss)), 20);

const partner = await benchDossier();
const receiver = await benchDossier();
try {
  const partnerDeps = { database: partner.database, ledger: partner.ledger, gazetteer: await partner.places() };
  await createCase(partner, 'bench:runner', { id: 'partner-case', title: 'Partner case' });
  const groups = await buildRecords(partnerDeps, 'partner-case');
  const records = groups.reduce((sum, g) => sum + g.records.length, 0);
  for (let at = 0; at < groups.length; at += 1000) {
    await partner.database.writeTransaction((trx) => writePreparedRecords(partnerDeps, trx, 'bench:runner', groups.slice(at, at + 1000)));
  }
  const bag = path.join(partner.config.dataDir, 'partner.zip');
  await exportCaseFile({ ...partnerDeps, vault: partner.vault, verifierKey: partner.dataDir.verifierKey }, 'bench:runner', 'partner-case', { out: bag, profile: 'court' });

  const receiverDeps = { database: receiver.database, ledger: receiver.ledger, vault: receiver.vault, gazetteer: await receiver.places() };
  await createCase(receiver, 'bench:runner', { id: 'reference', title: 'Reference' });
  await createCase(receiver, 'bench:runner', { id: 'joint', title: 'Joint' });
  let started = performance.now();
  const reference = await buildRecords(receiverDeps, 'reference');
  await receiver.database.writeTransaction((trx) => writePreparedRecords(receiverDeps, trx, 'bench:runner', reference));
  const referenceSeconds = (performance.now() - started) / 1000;

  peak.rss = 0;
  started = performance.now();
  const result = await importCaseFile(receiverDeps, 'bench:runner', bag, 'joint', { tmpDir: path.join(receiver.config.dataDir, 'tmp') });
  const importSeconds = (performance.now() - started) / 1000;
  if (result.records!.created.length !== records || result.records!.rejected.length > 0) throw new Error(`imported ${result.records!.created.length} of ${records} records`);

  console.log(`partner case: ${incidents} incidents, ${records} records`);
  console.log(`reference (bulk write of the same records): ${referenceSeconds.toFixed(2)} s`);
  console.log(`import of the case file: ${importSeconds.toFixed(2)} s, ${Math.round(records / importSeconds)} records/s, peak RSS ${(peak.rss / 1048576).toFixed(0)} MiB`);
  console.log(`ratio import / reference: ${(importSeconds / referenceSeconds).toFixed(2)}`);
} finally {
  clearInterval(sampler);
  await removeDossier(partner);
  await removeDossier(receiver);
}
