import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo.js';
import type { Dossier } from '../src/app/open.js';
import { unpackBag } from '../src/bag/bag-archive.js';
import { createCase } from '../src/cases/cases.js';
import { exportCaseFile } from '../src/case-file/export-case-file.js';
import { importCaseFile } from '../src/case-file/import-case-file.js';
import { ingestEvidence, listEvidence } from '../src/evidence/evidence.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, PROJECT_ROOT, tempDir } from './support/dossier.js';

const engines = await enginesUnderTest();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(engines)('a partner bag imported on $name', (engine) => {
  let partner: Dossier;
  let receiver: Dossier;
  let work: string;
  let bag: string;

  beforeAll(async () => {
    work = await tempDir('dossier-import-');
    partner = await newDossier();
    await seedDemoCase(partner);
    await ingestEvidence(partner, 'partner:field', { caseId: DEMO_CASE_ID, originalName: 'clip.mp4', content: [Buffer.from('a clip from the partner')] });
    bag = path.join(work, 'from-partner.zip');
    const deps = { database: partner.database, ledger: partner.ledger, vault: partner.vault, gazetteer: await partner.places(), verifierKey: partner.dataDir.verifierKey };
    await exportCaseFile(deps, 'partner:archivist', DEMO_CASE_ID, { out: bag, profile: 'partner' });
    receiver = await newDossier(await engine.createDatabase());
    await createCase(receiver, 'test:owner', { id: 'joint', title: 'Joint investigation' });
  });
  afterAll(async () => {
    await partner.close();
    await receiver.close();
    await engine.dropAll();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('refuses a bag that does not verify, and imports nothing', async () => {
    const broken = path.join(work, 'broken');
    await fs.mkdir(broken);
    const copy = path.join(broken, 'from-partner.zip');
    await fs.copyFile(bag, copy);
    // Unpack, flip one byte of the case records, and verify the directory form is refused too.
    const dir = await unpackBag(copy, path.join(broken, 'unpacked'));
    await fs.appendFile(path.join(dir, 'data/case/case.json'), ' ');
    const before = await receiver.ledger.currentSize();
    await expect(importCaseFile(receiver, 'test:importer', dir, 'joint')).rejects.toMatchObject({ code: 'BAG_INVALID', message: expect.stringContaining('CHECKSUM_MISMATCH data/case/case.json') });
    await expect(importCaseFile(receiver, 'test:importer', bag, 'joint', { expectedLogKey: receiver.dataDir.verifierKey })).rejects.toMatchObject({ code: 'BAG_INVALID', message: expect.stringContaining('LOG_KEY_UNEXPECTED') });
    await expect(importCaseFile(receiver, 'test:importer', bag, 'no-such-case')).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect(await receiver.ledger.currentSize()).toBe(before);
    expect(await listEvidence(receiver, { caseId: 'joint' })).toEqual([]);
  });

  it('takes every file in, each with the bag and the partner custody as provenance', async () => {
    const result = await importCaseFile(receiver, 'test:importer', bag, 'joint', { expectedLogKey: partner.dataDir.verifierKey });
    const partnerItems = await listEvidence(partner, { caseId: DEMO_CASE_ID });
    const items = await listEvidence(receiver, { caseId: 'joint' });
    expect(items.length).toBe(result.imported.length);
    for (const item of partnerItems) expect(items.map((i) => i.sha256)).toContain(item.sha256);
    expect(result.imported.map((i) => i.bagPath)).toContain('data/case/case.json');
    expect(items.find((i) => i.sha256 === partnerItems.find((p) => p.originalName === 'clip.mp4')!.sha256)!.originalName).toBe('clip.mp4');

    const transfer = await receiver.ledger.entry(result.transferSeq);
    expect(transfer).toMatchObject({
      action: 'transfer',
      subject: { case: 'joint' },
      details: { direction: 'in', verified: true, caseFile: { caseId: DEMO_CASE_ID, profile: 'partner', logKey: partner.dataDir.verifierKey, seal: 'verified' } },
    });
    const dir = await unpackBag(bag, path.join(work, 'look'));
    const tagManifestSha256 = sha256(await fs.readFile(path.join(dir, 'tagmanifest-sha256.txt')));
    expect((transfer.details.bag as { tagManifestSha256: string }).tagManifestSha256).toBe(tagManifestSha256);

    const intakes = (await receiver.ledger.entries({ from: result.transferSeq + 1, caseId: 'joint' })).filter((e) => e.action === 'intake');
    expect(intakes).toHaveLength(result.imported.length);
    for (const intake of intakes) expect(intake.details.provenance).toMatchObject({ transferSeq: result.transferSeq, bagTagManifestSha256: tagManifestSha256 });
    const clip = intakes.find((e) => e.subject.evidence === partnerItems.find((p) => p.originalName === 'clip.mp4')!.sha256)!;
    const partnerIntake = (await partner.ledger.entries({ evidenceSha256: clip.subject.evidence })).find((e) => e.action === 'intake')!;
    expect(clip.details.provenance).toMatchObject({ partnerLog: 'test.dossier.local/ledger', partnerIntakeSeqs: [partnerIntake.seq] });
    // Nothing that names a person goes into the entry: the file name and the bag path stay in the intake record.
    expect(JSON.stringify(clip)).not.toContain('clip.mp4');
  });

  it('takes in a plain BagIt bag written by another tool', async () => {
    const plain = path.join(PROJECT_ROOT, 'test/fixtures/bagit-conformance/v1.0/valid/basicBag');
    const result = await importCaseFile(receiver, 'test:importer', plain, 'joint');
    expect(result.caseFile).toBeNull();
    expect(result.imported).toHaveLength(1);
    const [file] = await fs.readdir(path.join(plain, 'data'));
    expect(result.imported[0]!.sha256).toBe(sha256(await fs.readFile(path.join(plain, 'data', file!))));
  });
});
