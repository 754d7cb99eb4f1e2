import fs from 'node:fs/promises';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { ingestEvidence, recordIntakes, storeEvidenceBytes, type IngestResult } from '../src/evidence/evidence.js';
import { openHandover } from '../src/evidence/handovers.js';
import { auditRecords } from '../src/evidence/records-audit.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();

describe.each(engines)('records checked against the ledger on $name', (engine) => {
  let dossier: Dossier;
  let first: IngestResult;
  let again: IngestResult;

  beforeEach(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:analyst', { id: 'c1', title: 'Hospital strike', description: 'Three strikes in one night' });
    await createCase(dossier, 'test:analyst', { id: 'c2', title: 'Second case' });
    first = await ingestEvidence(dossier, 'test:analyst', { caseId: 'c1', originalName: 'ward.mp4', source: 'Nurse on duty', content: [Buffer.from('video')] });
    again = await ingestEvidence(dossier, 'test:other', { caseId: 'c2', originalName: 'copy.mp4', source: 'Local council', note: 'same clip', content: [Buffer.from('video')] });
  });
  afterEach(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });
  afterAll(() => engine.dropAll());

  it('finds every case, intake and item as logged', async () => {
    expect(await auditRecords(dossier.database.db)).toEqual({ ok: true, checked: 5, problems: [] });
  });

  it('names an intake whose source was rewritten', async () => {
    await dossier.database.db.updateTable('evidence_intakes').set({ source: 'Someone else' }).where('id', '=', again.intake.id).execute();
    const audit = await auditRecords(dossier.database.db);
    expect(audit.problems).toEqual([{ record: `intake:${again.intake.id}`, problem: 'file name/source/note/path/times differs from what was logged' }]);
  });

  it('records a batch in one go: the same bytes twice are one item and two intakes, under one signed checkpoint', async () => {
    const handover = await openHandover(dossier, 'test:analyst', { caseId: 'c1' });
    const file = (name: string) => ({ handoverId: handover.id, path: `usb/${name}`, modifiedAt: '2016-07-15T09:30:00.000Z', createdAt: null });
    const prepared = await Promise.all(
      ['a.jpg', 'copy of a.jpg', 'b.jpg'].map((name) => storeEvidenceBytes(dossier, { caseId: 'c1', originalName: name, content: [Buffer.from(name.endsWith('a.jpg') ? 'photo a' : 'photo b')], file: file(name) })),
    );
    const checkpointsBefore = await dossier.ledger.checkpointSize();
    const results = await dossier.database.writeTransaction((trx) => recordIntakes(dossier, trx, 'test:analyst', prepared));
    expect(results.map((r) => r.duplicate)).toEqual([false, true, false]);
    expect(results[0]!.item.id).toBe(results[1]!.item.id);
    expect(results.map((r) => r.intake.ledgerSeq)).toEqual([checkpointsBefore, checkpointsBefore + 1, checkpointsBefore + 2]);
    const checkpoints = await dossier.database.db.selectFrom('checkpoints').select('tree_size').where('tree_size', '>', checkpointsBefore).execute();
    expect(checkpoints.map((c) => Number(c.tree_size))).toEqual([checkpointsBefore + 3]);
    expect(await auditRecords(dossier.database.db)).toMatchObject({ ok: true, problems: [] });
  });

  it('names an intake whose path or time as handed over was rewritten, or moved to another handover', async () => {
    const handover = await openHandover(dossier, 'test:analyst', { caseId: 'c1', medium: 'USB stick' });
    const other = await openHandover(dossier, 'test:analyst', { caseId: 'c1' });
    const file = { handoverId: handover.id, path: 'usb/DCIM/IMG_0001.JPG', modifiedAt: '2016-07-15T09:30:00.000Z', createdAt: null };
    const taken = await ingestEvidence(dossier, 'test:analyst', { caseId: 'c1', originalName: 'IMG_0001.JPG', content: [Buffer.from('photo')], file });
    expect((await auditRecords(dossier.database.db)).ok).toBe(true);
    await dossier.database.db.updateTable('evidence_intakes').set({ file_modified_at: '2016-07-14T09:30:00.000Z' }).where('id', '=', taken.intake.id).execute();
    await dossier.database.db.updateTable('evidence_intakes').set({ handover_id: other.id }).where('id', '=', taken.intake.id).execute();
    const audit = await auditRecords(dossier.database.db);
    expect(audit.problems).toEqual([
      { record: `intake:${taken.intake.id}`, problem: 'file name/source/note/path/times differs from what was logged' },
      { record: `intake:${taken.intake.id}`, problem: 'handover differs from what was logged' },
    ]);
  });

  it('names an item whose displayed source or size was rewritten', async () => {
    await dossier.database.db.updateTable('evidence_items').set({ source: 'Someone else', size: 999 }).where('id', '=', first.item.id).execute();
    const audit = await auditRecords(dossier.database.db);
    expect(audit.ok).toBe(false);
    expect(audit.problems).toContainEqual({ record: `evidence:${first.item.id}`, problem: 'source differs from what was logged' });
    expect(audit.problems).toContainEqual({ record: `intake:${first.intake.id}`, problem: 'size differs from what was logged' });
  });

  it('names a case whose title was rewritten, and an intake moved to another case', async () => {
    await dossier.database.db.updateTable('cases').set({ title: 'Something milder' }).where('id', '=', 'c1').execute();
    await dossier.database.db.updateTable('evidence_intakes').set({ case_id: 'c1' }).where('id', '=', again.intake.id).execute();
    const audit = await auditRecords(dossier.database.db);
    expect(audit.problems).toEqual([
      { record: 'case:c1', problem: 'title/description differs from what was logged' },
      { record: `intake:${again.intake.id}`, problem: 'case differs from what was logged' },
    ]);
  });
});
